// learner: optimal
// idiom: awk-style: BTreeMap table, got/size counters, explicit loop with break, early returns, plain for over the map for gaps
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
    got: u64,
    seen: BTreeMap<u64, u64>, // start -> end (exclusive), merged
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, got: 0, seen: BTreeMap::new() }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let bad = UploadError::OutOfBounds { offset, len, size: self.size };
        let end = match offset.checked_add(len) {
            Some(e) => e,
            None => return Err(bad),
        };
        if end > self.size {
            return Err(bad);
        }
        if len == 0 {
            return Ok(0);
        }
        let mut lo = offset;
        let mut hi = end;
        let mut old = 0u64;
        // a range starting at or before lo that reaches lo
        let mut left = None;
        for (&s, &e) in self.seen.range(..=lo).rev() {
            if e >= lo {
                left = Some((s, e));
            }
            break;
        }
        if let Some((s, e)) = left {
            if e >= hi {
                return Ok(0); // fully inside what we have
            }
            self.seen.remove(&s);
            old += e - s;
            lo = s;
        }
        loop {
            let next = self.seen.range(lo..=hi).next().map(|(&s, &e)| (s, e));
            let (s, e) = match next {
                Some(p) => p,
                None => break,
            };
            self.seen.remove(&s);
            old += e - s;
            if e > hi {
                hi = e;
            }
        }
        self.seen.insert(lo, hi);
        let new = hi - lo - old;
        self.got += new;
        Ok(new)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out = Vec::new();
        let mut at = 0u64;
        for (&s, &e) in &self.seen {
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

    pub fn received_bytes(&self) -> u64 {
        self.got
    }

    pub fn is_complete(&self) -> bool {
        self.got >= self.size
    }
}
