// learner: slow
// why: Upload::receive is O(n) time, target O(k log n): sorted Vec of ranges, binary search then drain + insert shifts the tail on every chunk
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    parts: Vec<Range<u64>>,
    bytes: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, parts: Vec::new(), bytes: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        // first stored range that ends at or after our start, first one that starts after our end
        let first = self.parts.partition_point(|r| r.end < offset);
        let last = self.parts.partition_point(|r| r.start <= end);
        let mut lo = offset;
        let mut hi = end;
        let mut old = 0;
        for r in &self.parts[first..last] {
            lo = lo.min(r.start);
            hi = hi.max(r.end);
            old += r.end - r.start;
        }
        self.parts.drain(first..last);
        self.parts.insert(first, lo..hi);
        let added = (hi - lo) - old;
        self.bytes += added;
        Ok(added)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps = Vec::new();
        let mut at = 0;
        for r in &self.parts {
            if r.start > at {
                gaps.push(at..r.start);
            }
            at = r.end;
        }
        if at < self.size {
            gaps.push(at..self.size);
        }
        gaps
    }

    pub fn received_bytes(&self) -> u64 {
        self.bytes
    }

    pub fn is_complete(&self) -> bool {
        self.bytes == self.size
    }
}
