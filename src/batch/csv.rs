//! RFC 4180 records, fed one physical line at a time so a roster of any size streams: the
//! command line reads lines with `BufRead`, a Web Worker can split its chunks the same way.
//! Hand-written (about 80 lines) rather than the `csv` crate so the same code compiles to wasm
//! without I/O traits. Lenient where Excel is: a stray quote inside an unquoted field is
//! kept as text.

/// One record and the physical line it starts on (1-based; the header is line 1). The
/// fields share one buffer: a roster row has some thirty cells, and a String each was the
/// reader's main cost.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub line: u32,
    text: String,
    /// Where each field ends in `text`.
    ends: Vec<usize>,
}

impl Record {
    pub fn new<'a>(line: u32, fields: impl IntoIterator<Item = &'a str>) -> Record {
        let mut record = Record { line, text: String::new(), ends: Vec::new() };
        for f in fields {
            record.text.push_str(f);
            record.ends.push(record.text.len());
        }
        record
    }

    /// The field at `i`, if the row has that many.
    pub fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)?;
        let start = if i == 0 { 0 } else { *self.ends.get(i - 1)? };
        self.text.get(start..end)
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    pub fn fields(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).filter_map(|i| self.get(i))
    }
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
    record: Record,
    /// Inside a quoted field when the line ended.
    in_quotes: bool,
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
        let mut pending = match self.pending.take() {
            // A continuation line: the line break belongs to the quoted field.
            Some(mut p) => {
                p.record.text.push('\n');
                p
            }
            None => Pending { record: Record { line: self.lines, text: String::with_capacity(text.len()), ends: Vec::with_capacity(40) }, in_quotes: false },
        };
        scan(text, &mut pending);
        if pending.in_quotes {
            if self.lines - pending.record.line + 1 >= MAX_LINES_PER_RECORD {
                return Some(Err(Unclosed { first_line: pending.record.line, last_line: self.lines }));
            }
            self.pending = Some(pending);
            return None;
        }
        let mut record = pending.record;
        record.ends.push(record.text.len());
        Some(Ok(record))
    }

    /// At the end of input: a record still open is an unclosed quote.
    pub fn finish(&mut self) -> Option<Unclosed> {
        self.pending.take().map(|p| Unclosed { first_line: p.record.line, last_line: self.lines })
    }

    /// Physical lines fed so far.
    pub fn lines(&self) -> u32 {
        self.lines
    }
}

/// Splits `text` into the pending record's fields, noting whether a quoted field is still
/// open at the end. A line without quotes (nearly all) is split on commas directly.
fn scan(text: &str, p: &mut Pending) {
    let r = &mut p.record;
    if !p.in_quotes && !text.as_bytes().contains(&b'"') {
        // Byte by byte: a comma is one byte in UTF-8 and never part of another character
        // (splitting on the char ',' was a tenth of reading a roster).
        let mut start = 0;
        for (i, _) in text.bytes().enumerate().filter(|(_, b)| *b == b',') {
            r.text.push_str(&text[start..i]);
            r.ends.push(r.text.len());
            start = i + 1;
        }
        r.text.push_str(&text[start..]);
        return;
    }
    let mut field_start = r.ends.last().copied().unwrap_or(0);
    let mut chars = text.chars().peekable();
    let mut in_quotes = p.in_quotes;
    while let Some(c) = chars.next() {
        match (in_quotes, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                r.text.push('"');
            }
            (true, '"') => in_quotes = false,
            (false, '"') if r.text.len() == field_start => in_quotes = true,
            (false, ',') => {
                r.ends.push(r.text.len());
                field_start = r.text.len();
            }
            (_, c) => r.text.push(c),
        }
    }
    p.in_quotes = in_quotes;
}

/// Appends one field, quoted when it holds a comma, quote or line break. A field that a
/// spreadsheet would run as a formula (`=`, `+`, `-`, `@`) is prefixed with `'` (CSV injection).
pub fn write_field(out: &mut String, field: &str) {
    let formula = field.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = formula || field.contains([',', '"', '\n', '\r']);
    if !quote {
        // Nearly every field: nothing to escape.
        out.push_str(field);
        return;
    }
    out.push('"');
    if formula {
        out.push('\'');
    }
    for c in field.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    out.push('"');
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
