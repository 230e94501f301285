// learner: optimal
// idiom: BTreeSet of a private Ord newtype Span, labelled loop absorbing neighbours, mem::replace on the bounds, missing via zip of ends and starts
//! Tracks which byte ranges of a resumable upload have arrived.

use std::ops::Range;

/// Why a chunk was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    /// The chunk `offset..offset + len` does not fit in the upload.
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

/// The received bytes of an upload of known size.
use std::collections::BTreeSet;
use std::iter::once;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Span {
    start: u64,
    end: u64,
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    have: BTreeSet<Span>,
    total: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, have: BTreeSet::new(), total: 0 }
    }

    fn touching(&self, cur: Span) -> Option<Span> {
        let probe = Span { start: cur.end, end: u64::MAX };
        self.have.range(..=probe).next_back().copied().filter(|s| s.end >= cur.start)
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let size = self.size;
        let end = offset
            .checked_add(len)
            .filter(|&e| e <= size)
            .ok_or(UploadError::OutOfBounds { offset, len, size })?;
        if len == 0 {
            return Ok(0);
        }
        let chunk = Span { start: offset, end };
        let mut merged = chunk;
        let mut overlap = 0u64;
        'absorb: loop {
            let Some(other) = self.touching(merged) else { break 'absorb };
            self.have.remove(&other);
            let a = other.start.max(chunk.start);
            let b = other.end.min(chunk.end);
            if b > a {
                overlap += b - a;
            }
            let lower = other.start.min(merged.start);
            let _previous_start = std::mem::replace(&mut merged.start, lower);
            merged.end = merged.end.max(other.end);
        }
        self.have.insert(merged);
        let fresh = len - overlap;
        self.total += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let ends = once(0).chain(self.have.iter().map(|s| s.end));
        let starts = self.have.iter().map(|s| s.start).chain(once(self.size));
        ends.zip(starts).filter(|(a, b)| a < b).map(|(a, b)| a..b).collect()
    }

    pub fn received_bytes(&self) -> u64 {
        self.total
    }

    pub fn is_complete(&self) -> bool {
        self.total == self.size
    }
}
