// learner: slow
// why: Upload::receive is O(n) time, target O(k log n): binary search finds the spot, but Vec::drain/insert shifts every later span
//! Tracks which byte ranges of a resumable upload have arrived.

use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone, Copy)]
struct Span {
    start: u64,
    end: u64,
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    spans: Vec<Span>,
    received: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, spans: Vec::new(), received: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        // first span whose end reaches offset (it may touch or overlap the chunk)
        let first = self.spans.partition_point(|s| s.end < offset);
        // first span that starts strictly after the chunk's end (no contact)
        let last = self.spans.partition_point(|s| s.start <= end);
        let mut new_start = offset;
        let mut new_end = end;
        let mut already = 0;
        for s in &self.spans[first..last] {
            new_start = new_start.min(s.start);
            new_end = new_end.max(s.end);
            already += s.end - s.start;
        }
        self.spans.drain(first..last);
        self.spans.insert(first, Span { start: new_start, end: new_end });
        let fresh = (new_end - new_start) - already;
        self.received += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out = Vec::new();
        let mut pos = 0;
        for s in &self.spans {
            if s.start > pos {
                out.push(pos..s.start);
            }
            pos = s.end;
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
