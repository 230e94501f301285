// learner: optimal
// idiom: performance engineer, BTreeMap keyed by END -> start, one range() cursor per swallowed range, early exits for empty/covered chunks, reserved output
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
    got: u64,
    /// end -> start of each maximal received range.
    by_end: BTreeMap<u64, u64>,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, got: 0, by_end: BTreeMap::new() }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 || self.got == self.size {
            return Ok(0);
        }
        let (mut lo, mut hi) = (offset, end);
        let mut old = 0u64;
        // Every stored range with end >= offset and start <= end interacts.
        while let Some((&e, &s)) = self.by_end.range(offset..).next() {
            if s > end {
                break;
            }
            if s <= offset && e >= end {
                return Ok(0); // fully covered: nothing changes
            }
            self.by_end.remove(&e);
            old += e - s;
            lo = lo.min(s);
            hi = hi.max(e);
        }
        self.by_end.insert(hi, lo);
        let fresh = (hi - lo) - old;
        self.got += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out = Vec::with_capacity(self.by_end.len() + 1);
        let mut at = 0u64;
        for (&e, &s) in &self.by_end {
            if s > at {
                out.push(at..s);
            }
            at = e;
        }
        if at < self.size {
            out.push(at..self.size);
        }
        out
    }

    #[inline]
    pub fn received_bytes(&self) -> u64 {
        self.got
    }

    #[inline]
    pub fn is_complete(&self) -> bool {
        self.got == self.size
    }
}
