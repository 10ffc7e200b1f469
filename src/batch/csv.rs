//! RFC 4180 records, fed one physical line at a time so a roster of any size streams: the
//! command line reads lines with `BufRead`, a Web Worker can split its chunks the same way.
//! Hand-written (about 80 lines) rather than the `csv` crate so the same code compiles to wasm
//! without I/O traits. Lenient where Excel is: a stray quote inside an unquoted field is
//! kept as text.

/// One record and the physical line it starts on (1-based; the header is line 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub line: u32,
    pub fields: Vec<String>,
}

/// A record whose quoted field never closed: the lines it swallowed are reported, not guessed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unclosed {
    pub first_line: u32,
    pub last_line: u32,
}

/// A quoted field may span lines (an address with a line break), but not without bound: one
/// stray quote must not swallow the rest of a million-row file.
const MAX_LINES_PER_RECORD: u32 = 20;

#[derive(Default)]
pub struct RecordReader {
    lines: u32,
    pending: Option<Pending>,
}

struct Pending {
    line: u32,
    fields: Vec<String>,
    field: String,
}

impl RecordReader {
    /// Feeds one line (its `\n` or `\r\n` may be included). Returns the record it completes,
    /// or the error of a quoted field that ran past [`MAX_LINES_PER_RECORD`].
    pub fn push_line(&mut self, line: &str) -> Option<Result<Record, Unclosed>> {
        self.lines += 1;
        let mut text = line.strip_suffix('\n').unwrap_or(line);
        text = text.strip_suffix('\r').unwrap_or(text);
        if self.lines == 1 {
            text = text.strip_prefix('\u{feff}').unwrap_or(text);
        }
        let (mut pending, in_quotes) = match self.pending.take() {
            // A continuation line: the line break belongs to the quoted field.
            Some(mut p) => {
                p.field.push('\n');
                (p, true)
            }
            None => (Pending { line: self.lines, fields: Vec::new(), field: String::new() }, false),
        };
        if scan(text, &mut pending, in_quotes) {
            if self.lines - pending.line + 1 >= MAX_LINES_PER_RECORD {
                return Some(Err(Unclosed { first_line: pending.line, last_line: self.lines }));
            }
            self.pending = Some(pending);
            return None;
        }
        pending.fields.push(pending.field);
        Some(Ok(Record { line: pending.line, fields: pending.fields }))
    }

    /// At the end of input: a record still open is an unclosed quote.
    pub fn finish(&mut self) -> Option<Unclosed> {
        self.pending.take().map(|p| Unclosed { first_line: p.line, last_line: self.lines })
    }

    /// Physical lines fed so far.
    pub fn lines(&self) -> u32 {
        self.lines
    }
}

/// Splits `text` into `p`'s fields; returns whether a quoted field is still open at the end.
fn scan(text: &str, p: &mut Pending, mut in_quotes: bool) -> bool {
    let mut chars = text.chars().peekable();
    let mut at_field_start = !in_quotes && p.field.is_empty();
    while let Some(c) = chars.next() {
        match (in_quotes, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                p.field.push('"');
            }
            (true, '"') => in_quotes = false,
            (false, '"') if at_field_start => in_quotes = true,
            (false, ',') => {
                p.fields.push(std::mem::take(&mut p.field));
                at_field_start = true;
                continue;
            }
            (_, c) => p.field.push(c),
        }
        at_field_start = false;
    }
    in_quotes
}

/// Appends one field, quoted when it holds a comma, quote or line break. A field that a
/// spreadsheet would run as a formula (`=`, `+`, `-`, `@`) is prefixed with `'` (CSV injection).
pub fn write_field(out: &mut String, field: &str) {
    let formula = field.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = formula || field.contains([',', '"', '\n', '\r']);
    if quote {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    for c in field.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quote {
        out.push('"');
    }
}

/// One record, comma-separated and ended with CRLF as RFC 4180 writes it.
pub fn write_record<'a>(out: &mut String, fields: impl IntoIterator<Item = &'a str>) {
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_field(out, field);
    }
    out.push_str("\r\n");
}
