//! CSV for spreadsheets in France: UTF-8 with a byte order mark (so that
//! Excel reads the accents), `;` between fields (French Excel's list
//! separator; LibreOffice asks and detects it), every field quoted, quotes
//! doubled, CRLF between records. A newline inside a field is kept: quoted,
//! it stays in its cell.

/// The byte order mark that tells Excel the file is UTF-8.
pub const BOM: char = '\u{feff}';
/// The field separator.
pub const SEPARATOR: char = ';';

/// A CSV document being built.
#[derive(Debug, Clone, Default)]
pub struct Csv {
    text: String,
}

/// One field, quoted. A field starting with `=`, `+`, `-` or `@` is a
/// formula to a spreadsheet: a text (never a number) gets a leading
/// apostrophe so that a name typed by the trainer cannot run as one.
pub fn field(value: &str) -> String {
    let risky = value.starts_with(['=', '+', '@'])
        || (value.starts_with('-') && value.parse::<f64>().is_err());
    let mut out = String::with_capacity(value.len() + 3);
    out.push('"');
    if risky {
        out.push('\'');
    }
    for c in value.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    out.push('"');
    out
}

impl Csv {
    pub fn new() -> Csv {
        Csv {
            text: BOM.to_string(),
        }
    }

    /// Appends one record.
    pub fn row<S: AsRef<str>>(&mut self, fields: &[S]) -> &mut Csv {
        let line: Vec<String> = fields.iter().map(|f| field(f.as_ref())).collect();
        self.text.push_str(&line.join(";"));
        self.text.push_str("\r\n");
        self
    }

    pub fn finish(self) -> String {
        self.text
    }
}

/// Reads back a CSV written by [`Csv`] (or any `;`-separated, quoted CSV):
/// used by tests, and to check an export round-trips.
pub fn parse(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, SEPARATOR) => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    rows
}
