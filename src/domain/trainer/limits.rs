//! How much a trainer may paste, open or follow at once. Codes are short
//! (12 characters for a quiz result, a few dozen for a table summary), so
//! anything far larger is a wrong file or a damaged link: it is refused
//! with a message before being read, which keeps the page responsive.

/// Largest text pasted or file opened in one go: 64 KB is thousands of
/// codes, far more than a room of tables or participants.
pub const MAX_TEXT_BYTES: usize = 64 * 1024;

/// Most codes read in one go (a session is a few dozen people or tables).
pub const MAX_CODES: usize = 200;

/// Longest code accepted from a link (`#/formateur/equipe?code=…`): a
/// result code, with its dashes and some room for spaces.
pub const MAX_LINK_CODE_CHARS: usize = 64;

/// Why a pasted text or an opened file is refused before being read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TooMuch {
    /// More than [`MAX_TEXT_BYTES`]; the size in KB, rounded up.
    Bytes(usize),
    /// More than [`MAX_CODES`] codes.
    Codes(usize),
}

/// The size of a text or file, checked before it is read.
pub fn check_size(bytes: usize) -> Result<(), TooMuch> {
    if bytes > MAX_TEXT_BYTES {
        Err(TooMuch::Bytes(bytes.div_ceil(1024)))
    } else {
        Ok(())
    }
}

/// The codes of a text (separated by spaces, commas, semicolons or line
/// breaks), refused as a whole when there are too many.
pub fn codes(text: &str) -> Result<Vec<&str>, TooMuch> {
    check_size(text.len())?;
    let codes: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|t| !t.is_empty())
        .collect();
    if codes.len() > MAX_CODES {
        return Err(TooMuch::Codes(codes.len()));
    }
    Ok(codes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_counts_are_bounded() {
        assert_eq!(codes("A B,C;D\nE"), Ok(vec!["A", "B", "C", "D", "E"]));
        let many = "ABCD ".repeat(MAX_CODES + 1);
        assert_eq!(codes(&many), Err(TooMuch::Codes(MAX_CODES + 1)));
        let huge = "x".repeat(MAX_TEXT_BYTES + 1);
        assert_eq!(codes(&huge), Err(TooMuch::Bytes(65)));
        assert_eq!(check_size(MAX_TEXT_BYTES), Ok(()));
    }
}
