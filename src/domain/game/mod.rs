//! The cooperative game engine: state, actions, content and debrief data.
