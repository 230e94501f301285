// learner: optimal
// idiom: CUDA GPU programmer: BTreeMap keyed by range END (end -> start) so one range(lo..) query finds every overlapping interval in order, u64 arithmetic with checked_add, missing() as a single gather pass with capacity n+1
//! Tracks which byte ranges of a resumable upload have arrived.

use std::ops::Range;

/// Why a chunk was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    /// The chunk `offset..offset + len` does not fit in the upload.
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

use std::collections::BTreeMap;

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    by_end: BTreeMap<u64, u64>, // end -> start, disjoint, non-touching
    got: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, by_end: BTreeMap::new(), got: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let hi = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        let lo = offset;
        if len == 0 {
            return Ok(0);
        }
        let (mut s, mut e) = (lo, hi);
        let mut overlap = 0u64;
        // first range whose end >= lo; it touches/overlaps if its start <= hi
        loop {
            let (re, rs) = match self.by_end.range(lo..).next() {
                Some((&re, &rs)) => (re, rs),
                None => break,
            };
            if rs > hi {
                break;
            }
            let a = if rs > lo { rs } else { lo };
            let b = if re < hi { re } else { hi };
            if b > a {
                overlap += b - a;
            }
            if rs < s { s = rs; }
            if re > e { e = re; }
            self.by_end.remove(&re);
        }
        self.by_end.insert(e, s);
        let fresh = len - overlap;
        self.got += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out = Vec::with_capacity(self.by_end.len() + 1);
        let mut at = 0u64;
        for (&e, &s) in self.by_end.iter() {
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
        self.got == self.size
    }
}
