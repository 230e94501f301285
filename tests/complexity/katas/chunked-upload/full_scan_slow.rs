// learner: slow
// why: Upload::receive is O(n) time, target O(k log n): it walks every stored range to find the ones the chunk overlaps
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
    ranges: BTreeMap<u64, u64>,
    count: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, ranges: BTreeMap::new(), count: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = offset.checked_add(len).filter(|&e| e <= self.size);
        let Some(end) = end else {
            return Err(UploadError::OutOfBounds { offset, len, size: self.size });
        };
        if len == 0 {
            return Ok(0);
        }
        let mut start = offset;
        let mut stop = end;
        let mut already = 0;
        let mut to_remove = Vec::new();
        for (&s, &e) in self.ranges.iter() {
            if s <= end && e >= offset {
                to_remove.push(s);
                already += e - s;
                start = start.min(s);
                stop = stop.max(e);
            }
        }
        for s in to_remove {
            self.ranges.remove(&s);
        }
        self.ranges.insert(start, stop);
        let new = (stop - start) - already;
        self.count += new;
        Ok(new)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut res = Vec::new();
        let mut at = 0;
        for (&s, &e) in self.ranges.iter() {
            if s > at {
                res.push(at..s);
            }
            at = e;
        }
        if at < self.size {
            res.push(at..self.size);
        }
        res
    }

    pub fn received_bytes(&self) -> u64 {
        self.count
    }

    pub fn is_complete(&self) -> bool {
        self.count == self.size
    }
}
