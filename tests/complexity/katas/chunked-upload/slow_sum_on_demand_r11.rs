// learner: slow
// why: Upload::received_bytes and is_complete are O(n) time, target O(1): they re-add the lengths of all stored ranges on every call instead of keeping a total
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
    ranges: BTreeMap<u64, u64>,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, ranges: BTreeMap::new() }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        let before = self.received_bytes();
        let mut start = offset;
        let mut stop = end;
        if let Some((&s, &e)) = self.ranges.range(..offset).next_back() {
            if e >= offset {
                self.ranges.remove(&s);
                start = s;
                stop = stop.max(e);
            }
        }
        while let Some((&s, &e)) = self.ranges.range(offset..=stop).next() {
            self.ranges.remove(&s);
            stop = stop.max(e);
        }
        self.ranges.insert(start, stop);
        Ok(self.received_bytes() - before)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out = Vec::new();
        let mut at = 0;
        for (&s, &e) in &self.ranges {
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
        self.ranges.iter().map(|(s, e)| e - s).sum()
    }

    pub fn is_complete(&self) -> bool {
        self.received_bytes() == self.size
    }
}
