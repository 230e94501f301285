// learner: optimal
// idiom: Julia-HPC style: BTreeMap start->end with explicit lo/hi bounds, counted removed bytes, running total, plain loops
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
    have: u64,
    runs: BTreeMap<u64, u64>, // start -> end (exclusive), disjoint and non-touching
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, have: 0, runs: BTreeMap::new() }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let hi_opt = offset.checked_add(len);
        if hi_opt.is_none() || hi_opt.unwrap() > self.size {
            return Err(UploadError::OutOfBounds { offset, len, size: self.size });
        }
        if len == 0 {
            return Ok(0);
        }
        let mut lo = offset;
        let mut hi = hi_opt.unwrap();
        let mut gone: u64 = 0;
        // left neighbour that reaches into (or touches) [lo, hi)
        let mut left: Option<(u64, u64)> = None;
        if let Some((&s, &e)) = self.runs.range(..lo).next_back() {
            if e >= lo {
                left = Some((s, e));
            }
        }
        if let Some((s, e)) = left {
            self.runs.remove(&s);
            gone += e - s;
            lo = s;
            if e > hi {
                hi = e;
            }
        }
        // every run starting inside [lo, hi] is swallowed
        loop {
            let next = self.runs.range(lo..=hi).next().map(|(&s, &e)| (s, e));
            let (s, e) = match next {
                Some(p) => p,
                None => break,
            };
            self.runs.remove(&s);
            gone += e - s;
            if e > hi {
                hi = e;
            }
        }
        self.runs.insert(lo, hi);
        let fresh = (hi - lo) - gone;
        self.have += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out = Vec::with_capacity(self.runs.len() + 1);
        let mut cur = 0u64;
        for (&s, &e) in self.runs.iter() {
            if s > cur {
                out.push(cur..s);
            }
            cur = e;
        }
        if cur < self.size {
            out.push(cur..self.size);
        }
        out
    }

    pub fn received_bytes(&self) -> u64 {
        self.have
    }

    pub fn is_complete(&self) -> bool {
        self.have == self.size
    }
}
