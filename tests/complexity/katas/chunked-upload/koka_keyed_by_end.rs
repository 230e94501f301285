// learner: optimal
// idiom: Koka: ranges keyed by their END (BTreeMap end -> start): the ranges a chunk meets are exactly `range(a..)` while their start <= b, swallowed left to right in a loop with a `match` guard
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
    size: u64,
    by_end: BTreeMap<u64, u64>, // end -> start
    received: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, by_end: BTreeMap::new(), received: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        let (mut a, mut b) = (offset, end);
        let mut already = 0u64;
        // stored ranges with end >= a, in order of end; they meet [a, b] while start <= b
        loop {
            let next = self.by_end.range(a..).next().map(|(&e, &s)| (s, e));
            match next {
                Some((s, e)) if s <= b => {
                    self.by_end.remove(&e);
                    already += e - s;
                    a = a.min(s);
                    b = b.max(e);
                }
                _ => break,
            }
        }
        self.by_end.insert(b, a);
        let new_bytes = (b - a) - already;
        self.received += new_bytes;
        Ok(new_bytes)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps = Vec::new();
        let mut at = 0u64;
        for (&e, &s) in &self.by_end {
            match s > at {
                true => gaps.push(at..s),
                false => {}
            }
            at = e;
        }
        match at < self.size {
            true => gaps.push(at..self.size),
            false => {}
        }
        gaps
    }

    pub fn received_bytes(&self) -> u64 {
        self.received
    }

    pub fn is_complete(&self) -> bool {
        self.received == self.size
    }
}
