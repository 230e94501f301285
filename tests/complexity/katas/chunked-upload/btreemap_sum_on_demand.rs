// learner: slow
// why: Upload::received_bytes and Upload::is_complete are O(n) time, target O(1): no running total, they sum the stored ranges on every call
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
        let mut start = offset;
        let mut stop = end;
        let mut overlap = 0;
        if let Some((&s, &e)) = self.ranges.range(..offset).next_back() {
            if e >= offset {
                self.ranges.remove(&s);
                overlap += e - s;
                start = s;
                stop = stop.max(e);
            }
        }
        loop {
            let next = self.ranges.range(offset..=stop).next().map(|(&s, &e)| (s, e));
            match next {
                Some((s, e)) => {
                    self.ranges.remove(&s);
                    overlap += e - s;
                    stop = stop.max(e);
                }
                None => break,
            }
        }
        self.ranges.insert(start, stop);
        Ok((stop - start) - overlap)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps = Vec::new();
        let mut at = 0;
        for (&s, &e) in &self.ranges {
            if s > at {
                gaps.push(at..s);
            }
            at = e;
        }
        if at < self.size {
            gaps.push(at..self.size);
        }
        gaps
    }

    pub fn received_bytes(&self) -> u64 {
        self.ranges.iter().map(|(s, e)| e - s).sum()
    }

    pub fn is_complete(&self) -> bool {
        self.received_bytes() == self.size
    }
}
