//! The seed of a deal as a short code people can read aloud and type
//! ("K7M-4QX"): several tables typing the same code play the same deal.
//! Six characters of an alphabet without look-alikes (no 0/O, 1/I/L, U/V).

const ALPHABET: &[u8; 29] = b"23456789ABCDEFGHJKMNPQRSTWXYZ";
/// Characters in a seed code.
pub const SEED_CODE_LEN: usize = 6;
/// Number of distinct seeds a code can name (29^6).
pub const SEED_SPACE: u64 = 594_823_321;

/// Why a typed seed code was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SeedCodeError {
    /// Not six characters once spaces and dashes are removed.
    WrongLength(usize),
    /// A character outside the alphabet, with its 1-based position.
    BadCharacter { character: char, position: usize },
}

impl SeedCodeError {
    /// A stable key for the UI's message.
    pub fn key(&self) -> &'static str {
        match self {
            SeedCodeError::WrongLength(_) => "seed.wrong_length",
            SeedCodeError::BadCharacter { .. } => "seed.bad_character",
        }
    }
}

/// The code of a seed (seeds are taken modulo [`SEED_SPACE`]).
pub fn seed_to_code(seed: u64) -> String {
    let mut n = seed % SEED_SPACE;
    let mut out = [b'2'; SEED_CODE_LEN];
    for slot in out.iter_mut().rev() {
        *slot = ALPHABET[(n % 29) as usize];
        n /= 29;
    }
    out.iter().map(|&b| b as char).collect()
}

/// The code grouped for reading aloud: `K7M-4QX`.
pub fn format_seed(seed: u64) -> String {
    let code = seed_to_code(seed);
    format!("{}-{}", &code[..3], &code[3..])
}

/// Reads a typed code; case, spaces and dashes do not matter.
pub fn code_to_seed(text: &str) -> Result<u64, SeedCodeError> {
    let chars: Vec<char> = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if chars.len() != SEED_CODE_LEN {
        return Err(SeedCodeError::WrongLength(chars.len()));
    }
    let mut n = 0u64;
    for (i, c) in chars.into_iter().enumerate() {
        let digit =
            ALPHABET
                .iter()
                .position(|&a| a as char == c)
                .ok_or(SeedCodeError::BadCharacter {
                    character: c,
                    position: i + 1,
                })?;
        n = n * 29 + digit as u64;
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_tolerate_typing() {
        for seed in [0, 1, 28, 29, 123_456_789, SEED_SPACE - 1] {
            let code = seed_to_code(seed);
            assert_eq!(code.len(), SEED_CODE_LEN);
            assert_eq!(code_to_seed(&code), Ok(seed));
            assert_eq!(code_to_seed(&format_seed(seed).to_lowercase()), Ok(seed));
        }
        assert_eq!(code_to_seed(&seed_to_code(SEED_SPACE + 5)), Ok(5));
    }

    #[test]
    fn typos_are_located() {
        assert_eq!(code_to_seed("ABC"), Err(SeedCodeError::WrongLength(3)));
        assert_eq!(
            code_to_seed("AB0DEF"),
            Err(SeedCodeError::BadCharacter {
                character: '0',
                position: 3
            })
        );
    }
}
