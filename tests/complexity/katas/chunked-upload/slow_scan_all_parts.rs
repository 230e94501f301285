// learner: slow
// why: Upload::receive is O(n) time, target O(k log n): walks every stored range to find the overlapping ones
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
    parts: BTreeMap<u64, u64>,
    count: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, parts: BTreeMap::new(), count: 0 }
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
        let mut overlapping = Vec::new();
        for (&s, &e) in &self.parts {
            if e >= offset && s <= end {
                overlapping.push((s, e));
            }
        }
        let mut old = 0;
        for (s, e) in overlapping {
            self.parts.remove(&s);
            old += e - s;
            start = start.min(s);
            stop = stop.max(e);
        }
        self.parts.insert(start, stop);
        let fresh = stop - start - old;
        self.count += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps = Vec::new();
        let mut prev = 0;
        for (&s, &e) in &self.parts {
            if s > prev {
                gaps.push(prev..s);
            }
            prev = e;
        }
        if prev < self.size {
            gaps.push(prev..self.size);
        }
        gaps
    }

    pub fn received_bytes(&self) -> u64 {
        self.count
    }

    pub fn is_complete(&self) -> bool {
        self.count == self.size
    }
}
