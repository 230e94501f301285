// learner: optimal
// idiom: Span newtype with From<Range>/len(), BTreeMap start->end, generic gaps() helper over impl Iterator of spans
//! Tracks which byte ranges of a resumable upload have arrived.

use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    start: u64,
    end: u64,
}

impl From<Range<u64>> for Span {
    fn from(r: Range<u64>) -> Self {
        Span { start: r.start, end: r.end }
    }
}

impl Span {
    fn len(self) -> u64 {
        self.end - self.start
    }
}

/// The holes between increasing, non-touching spans inside `0..size`.
fn gaps(spans: impl Iterator<Item = Span>, size: u64) -> Vec<Range<u64>> {
    let mut cursor = 0;
    let mut out: Vec<Range<u64>> = spans
        .filter_map(|s| {
            let hole = (cursor < s.start).then(|| cursor..s.start);
            cursor = s.end;
            hole
        })
        .collect();
    if cursor < size {
        out.push(cursor..size);
    }
    out
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    have: BTreeMap<u64, u64>,
    received: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, have: BTreeMap::new(), received: 0 }
    }

    fn take(&mut self, start: u64) -> Span {
        let end = self.have.remove(&start).expect("stored span");
        Span { start, end }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = offset
            .checked_add(len)
            .filter(|&e| e <= self.size)
            .ok_or(UploadError::OutOfBounds { offset, len, size: self.size })?;
        if len == 0 {
            return Ok(0);
        }
        let mut merged = Span::from(offset..end);
        let mut already = 0;
        if let Some((&s, &e)) = self.have.range(..offset).next_back() {
            if e >= offset {
                let old = self.take(s);
                already += old.len();
                merged.start = old.start;
                merged.end = merged.end.max(old.end);
            }
        }
        while let Some((&s, _)) = self.have.range(merged.start..=merged.end).next() {
            let old = self.take(s);
            already += old.len();
            merged.end = merged.end.max(old.end);
        }
        self.have.insert(merged.start, merged.end);
        let fresh = merged.len() - already;
        self.received += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        gaps(self.have.iter().map(|(&start, &end)| Span { start, end }), self.size)
    }

    pub fn received_bytes(&self) -> u64 {
        self.received
    }

    pub fn is_complete(&self) -> bool {
        self.received == self.size
    }
}
