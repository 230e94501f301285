// learner: slow
// why: Upload::receive is O(n log n) time, target O(k log n): pushes every chunk to a Vec and re-sorts and re-merges it
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    ranges: Vec<Range<u64>>,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, ranges: Vec::new() }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        let before = self.received_bytes();
        if len > 0 {
            self.ranges.push(offset..end);
            self.ranges.sort_by_key(|r| r.start);
            let mut merged: Vec<Range<u64>> = Vec::new();
            for r in self.ranges.drain(..) {
                if let Some(last) = merged.last_mut() {
                    if r.start <= last.end {
                        last.end = last.end.max(r.end);
                        continue;
                    }
                }
                merged.push(r);
            }
            self.ranges = merged;
        }
        Ok(self.received_bytes() - before)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out = Vec::new();
        let mut pos = 0;
        for r in &self.ranges {
            if r.start > pos {
                out.push(pos..r.start);
            }
            pos = r.end;
        }
        if pos < self.size {
            out.push(pos..self.size);
        }
        out
    }

    pub fn received_bytes(&self) -> u64 {
        self.ranges.iter().map(|r| r.end - r.start).sum()
    }

    pub fn is_complete(&self) -> bool {
        self.received_bytes() == self.size
    }
}
