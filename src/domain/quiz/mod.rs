//! The innovation-profile quiz: content, scoring, result codes.
