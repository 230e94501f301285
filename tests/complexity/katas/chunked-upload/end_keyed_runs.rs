// learner: optimal
// idiom: Julia-style inverted index: BTreeMap keyed by END -> start, one range(a..) probe swallows every overlapping run, match on tuples
//! Tracks which byte ranges of a resumable upload have arrived.

use std::collections::BTreeMap;
use std::ops::Range;

/// Why a chunk was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    /// The chunk `offset..offset + len` does not fit in the upload.
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

/// The received bytes of an upload of known size.
#[derive(Debug, Clone)]
pub struct Upload {
    n_bytes: u64,
    n_have: u64,
    /// end (exclusive) -> start, for every stored run
    by_end: BTreeMap<u64, u64>,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { n_bytes: size, n_have: 0, by_end: BTreeMap::new() }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let stop = match offset.checked_add(len) {
            Some(x) if x <= self.n_bytes => x,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.n_bytes }),
        };
        if len == 0 {
            return Ok(0);
        }
        let (mut a, mut b) = (offset, stop);
        let mut overlap = 0u64;
        // runs with end >= a, in order of end; stop at the first that starts after b
        loop {
            let hit = match self.by_end.range(a..).next() {
                Some((&e, &s)) if s <= b => (s, e),
                _ => break,
            };
            let (s, e) = hit;
            self.by_end.remove(&e);
            overlap += e - s;
            a = a.min(s);
            b = b.max(e);
        }
        self.by_end.insert(b, a);
        let added = (b - a) - overlap;
        self.n_have += added;
        Ok(added)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps: Vec<Range<u64>> = Vec::with_capacity(self.by_end.len() + 1);
        let mut prev_end = 0u64;
        for (&e, &s) in &self.by_end {
            if prev_end < s {
                gaps.push(prev_end..s);
            }
            prev_end = e;
        }
        if prev_end < self.n_bytes {
            gaps.push(prev_end..self.n_bytes);
        }
        gaps
    }

    pub fn received_bytes(&self) -> u64 {
        self.n_have
    }

    pub fn is_complete(&self) -> bool {
        self.n_have == self.n_bytes
    }
}
