// learner: slow
// why: Upload::receive is O(n) time, target O(k log n): keeps a sorted Vec<Range<u64>>, so drain/insert shift the whole tail on every chunk
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    parts: Vec<Range<u64>>,
    count: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        let parts: Vec<Range<u64>> = Vec::new();
        Upload { size: size, parts: parts, count: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end: u64 = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset: offset, len: len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        // first range whose end reaches offset
        let first: usize = self.parts.partition_point(|r| r.end < offset);
        // first range that starts after end
        let last: usize = self.parts.partition_point(|r| r.start <= end);
        let mut start: u64 = offset;
        let mut stop: u64 = end;
        let mut old: u64 = 0;
        for r in self.parts.drain(first..last) {
            old += r.end - r.start;
            if r.start < start {
                start = r.start;
            }
            if r.end > stop {
                stop = r.end;
            }
        }
        self.parts.insert(first, start..stop);
        let added: u64 = (stop - start) - old;
        self.count += added;
        Ok(added)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out: Vec<Range<u64>> = Vec::with_capacity(self.parts.len() + 1);
        let mut pos: u64 = 0;
        for r in self.parts.iter() {
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
        self.count
    }

    pub fn is_complete(&self) -> bool {
        self.count == self.size
    }
}
