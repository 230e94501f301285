// learner: optimal
// idiom: a ReScript web developer: ranges keyed by their END (end -> start) so "first stored range that could touch the chunk" is `range(offset..).next()`; Result-returning validate helper; `missing` zips the stored ends with the next starts
//! Tracks which byte ranges of a resumable upload have arrived.

use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    have: u64,
    // end -> start
    by_end: BTreeMap<u64, u64>,
}

fn overlap(a: &Range<u64>, b: &Range<u64>) -> u64 {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Self { size, have: 0, by_end: BTreeMap::new() }
    }

    fn validate(&self, offset: u64, len: u64) -> Result<Range<u64>, UploadError> {
        match offset.checked_add(len) {
            Some(end) if end <= self.size => Ok(offset..end),
            _ => Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let chunk = self.validate(offset, len)?;
        if chunk.is_empty() {
            return Ok(0);
        }
        let mut merged = chunk.clone();
        let mut seen = 0;
        // first stored range whose end is at or after the chunk's start, while it starts no later than our end
        while let Some((&end, &start)) = self.by_end.range(chunk.start..).next() {
            if start > merged.end {
                break;
            }
            let stored = start..end;
            seen += overlap(&stored, &chunk);
            merged = merged.start.min(start)..merged.end.max(end);
            self.by_end.remove(&end);
        }
        self.by_end.insert(merged.end, merged.start);
        let fresh = len - seen;
        self.have += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let starts = std::iter::once(0).chain(self.by_end.keys().copied());
        let ends = self.by_end.values().copied().chain(std::iter::once(self.size));
        starts.zip(ends).filter(|(from, to)| from < to).map(|(from, to)| from..to).collect()
    }

    pub fn received_bytes(&self) -> u64 {
        self.have
    }

    pub fn is_complete(&self) -> bool {
        self.have == self.size
    }
}
