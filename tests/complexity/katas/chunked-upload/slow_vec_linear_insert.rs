// learner: slow
// why: Upload::receive is O(n) time, target O(k log n): ranges kept in a sorted Vec, found by a linear scan and spliced with insert/drain
//! Tracks which byte ranges of a resumable upload have arrived.

use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    received: u64,
    ranges: Vec<(u64, u64)>,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, received: 0, ranges: Vec::new() }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        // Find the first range that ends at or after the chunk start.
        let mut i = 0;
        while i < self.ranges.len() && self.ranges[i].1 < offset {
            i += 1;
        }
        // Find every range that touches the chunk.
        let mut j = i;
        let mut start = offset;
        let mut stop = end;
        let mut old = 0;
        while j < self.ranges.len() && self.ranges[j].0 <= end {
            start = start.min(self.ranges[j].0);
            stop = stop.max(self.ranges[j].1);
            old += self.ranges[j].1 - self.ranges[j].0;
            j += 1;
        }
        self.ranges.drain(i..j);
        self.ranges.insert(i, (start, stop));
        let new = stop - start - old;
        self.received += new;
        Ok(new)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out = Vec::new();
        let mut at = 0;
        for &(s, e) in &self.ranges {
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
        self.received
    }

    pub fn is_complete(&self) -> bool {
        self.received == self.size
    }
}
