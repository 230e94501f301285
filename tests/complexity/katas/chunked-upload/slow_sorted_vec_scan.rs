// learner: slow
// why: Upload::receive is O(n) time, target O(k log n): keeps a sorted Vec of (start, end) and walks it from the front to find and merge the chunk
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    got: u64,
    list: Vec<(u64, u64)>,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, got: 0, list: Vec::new() }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        // rebuild the list: ranges before, the merged chunk, ranges after
        let mut out = Vec::with_capacity(self.list.len() + 1);
        let mut lo = offset;
        let mut hi = end;
        let mut dup = 0;
        let mut placed = false;
        for &(s, e) in &self.list {
            if e < offset {
                out.push((s, e));
            } else if s > end {
                if !placed {
                    out.push((lo, hi));
                    placed = true;
                }
                out.push((s, e));
            } else {
                dup += e.min(end).saturating_sub(s.max(offset));
                lo = lo.min(s);
                hi = hi.max(e);
            }
        }
        if !placed {
            out.push((lo, hi));
        }
        self.list = out;
        self.got += len - dup;
        Ok(len - dup)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out = Vec::new();
        let mut at = 0;
        for &(s, e) in &self.list {
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
