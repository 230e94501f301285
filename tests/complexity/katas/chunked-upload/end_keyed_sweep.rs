// learner: optimal
// idiom: BTreeMap keyed by range END (end -> start), range(a..) forward sweep with split_off-free while-let, match-heavy bounds check
//! Tracks which byte ranges of a resumable upload have arrived.

use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

use std::collections::BTreeMap;

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    /// end -> start of each received, maximal range
    by_end: BTreeMap<u64, u64>,
    got: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Self { size, by_end: BTreeMap::new(), got: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let (lo, mut hi) = match offset.checked_add(len) {
            Some(end) if end <= self.size => (offset, end),
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if lo == hi {
            return Ok(0);
        }
        let mut lo = lo;
        let mut seen = 0u64;
        // every range that touches [lo, hi] has end >= lo; they come in order of end
        while let Some((&e, &s)) = self.by_end.range(lo..).next() {
            if s > hi {
                break;
            }
            self.by_end.remove(&e);
            seen += e - s;
            lo = lo.min(s);
            hi = hi.max(e);
        }
        self.by_end.insert(hi, lo);
        let new = (hi - lo) - seen;
        self.got += new;
        Ok(new)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out = Vec::with_capacity(self.by_end.len() + 1);
        let mut at = 0;
        for (&end, &start) in self.by_end.iter() {
            if start > at {
                out.push(at..start);
            }
            at = end;
        }
        match at {
            a if a < self.size => out.push(a..self.size),
            _ => {}
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
