// learner: optimal
// idiom: Chapel-style map keyed by range END (end -> start), explicit Bound ranges, while-loop sweep, preallocated gap buffer
//! Tracks which byte ranges of a resumable upload have arrived.

use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}
use std::collections::BTreeMap;
use std::ops::Bound::{Included, Unbounded};

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    by_end: BTreeMap<u64, u64>, // end -> start, disjoint, non-touching
    received: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, by_end: BTreeMap::new(), received: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let size = self.size;
        let stop = match offset.checked_add(len) {
            None => return Err(UploadError::OutOfBounds { offset, len, size }),
            Some(s) => s,
        };
        if stop > size {
            return Err(UploadError::OutOfBounds { offset, len, size });
        }
        if len == 0 {
            return Ok(0);
        }
        let mut lo = offset;
        let mut hi = stop;
        let mut overlap_bytes: u64 = 0;
        // every stored range with end >= offset and start <= stop touches [offset, stop)
        loop {
            let next = self.by_end.range((Included(offset), Unbounded)).next().map(|(&e, &s)| (e, s));
            let (e, s) = match next {
                Some(p) => p,
                None => break,
            };
            if s > stop {
                break;
            }
            self.by_end.remove(&e);
            overlap_bytes += e - s;
            if s < lo {
                lo = s;
            }
            if e > hi {
                hi = e;
            }
        }
        self.by_end.insert(hi, lo);
        let new_bytes = (hi - lo) - overlap_bytes;
        self.received += new_bytes;
        Ok(new_bytes)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out: Vec<Range<u64>> = Vec::with_capacity(self.by_end.len() + 1);
        let mut pos: u64 = 0;
        for (&e, &s) in self.by_end.iter() {
            if s > pos {
                out.push(pos..s);
            }
            pos = e;
        }
        if pos < self.size {
            out.push(pos..self.size);
        }
        out
    }

    pub fn received_bytes(&self) -> u64 {
        self.received
    }

    pub fn is_complete(&self) -> bool {
        self.received == self.size
    }
}
