// learner: optimal
// idiom: defensive auditor: BTreeMap keyed by END (end -> start), single forward sweep from the chunk start, Result-returning validation, impl-private helpers
//! Tracks which byte ranges of a resumable upload have arrived.

use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    total_size: u64,
    /// Merged received ranges indexed by their exclusive end: end -> start.
    by_end: BTreeMap<u64, u64>,
    bytes_in: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { total_size: size, by_end: BTreeMap::new(), bytes_in: 0 }
    }

    fn validate(&self, offset: u64, len: u64) -> Result<Range<u64>, UploadError> {
        match offset.checked_add(len) {
            Some(end) if end <= self.total_size => Ok(offset..end),
            _ => Err(UploadError::OutOfBounds { offset, len, size: self.total_size }),
        }
    }

    /// Removes the first stored range ending at or after `from` if it starts at or before `limit`.
    fn take_touching(&mut self, from: u64, limit: u64) -> Option<(u64, u64)> {
        let (&end, &start) = self.by_end.range(from..).next()?;
        if start > limit {
            return None;
        }
        self.by_end.remove(&end);
        Some((start, end))
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let chunk = self.validate(offset, len)?;
        if chunk.is_empty() {
            return Ok(0);
        }
        let mut lo = chunk.start;
        let mut hi = chunk.end;
        let mut overlap_bytes: u64 = 0;
        while let Some((s, e)) = self.take_touching(lo, hi) {
            lo = lo.min(s);
            hi = hi.max(e);
            overlap_bytes = overlap_bytes.checked_add(e - s).unwrap_or(u64::MAX);
        }
        self.by_end.insert(hi, lo);
        let added = (hi - lo).saturating_sub(overlap_bytes);
        self.bytes_in = self.bytes_in.checked_add(added).unwrap_or(self.total_size);
        Ok(added)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out: Vec<Range<u64>> = Vec::with_capacity(self.by_end.len().saturating_add(1));
        let mut next_needed: u64 = 0;
        for (&end, &start) in self.by_end.iter() {
            if start > next_needed {
                out.push(next_needed..start);
            }
            next_needed = end;
        }
        if next_needed < self.total_size {
            out.push(next_needed..self.total_size);
        }
        out
    }

    pub fn received_bytes(&self) -> u64 {
        self.bytes_in
    }

    pub fn is_complete(&self) -> bool {
        self.bytes_in == self.total_size
    }
}
