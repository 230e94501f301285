// learner: slow
// why: Upload::receive is O(n) time and space, target O(k log n) time / O(1) space: rebuilds the sorted Vec<Span> with one linear merge pass per chunk
//! Tracks which byte ranges of a resumable upload have arrived.

use std::ops::Range;

/// Why a chunk was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    /// The chunk `offset..offset + len` does not fit in the upload.
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone, Copy)]
struct Span {
    start: u64,
    end: u64,
}

/// The received bytes of an upload of known size.
#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    spans: Vec<Span>,
    received: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size: size, spans: Vec::new(), received: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) => e,
            None => return Err(UploadError::OutOfBounds { offset: offset, len: len, size: self.size }),
        };
        if end > self.size {
            return Err(UploadError::OutOfBounds { offset: offset, len: len, size: self.size });
        }
        if len == 0 {
            return Ok(0);
        }
        let mut chunk = Span { start: offset, end: end };
        let mut old = 0u64;
        let mut rebuilt: Vec<Span> = Vec::new();
        let mut placed = false;
        for i in 0..self.spans.len() {
            let s = self.spans[i];
            if s.end < chunk.start {
                rebuilt.push(s);
            } else if s.start > chunk.end {
                if !placed {
                    rebuilt.push(chunk);
                    placed = true;
                }
                rebuilt.push(s);
            } else {
                old += s.end - s.start;
                if s.start < chunk.start {
                    chunk.start = s.start;
                }
                if s.end > chunk.end {
                    chunk.end = s.end;
                }
            }
        }
        if !placed {
            rebuilt.push(chunk);
        }
        self.spans = rebuilt;
        let added = (chunk.end - chunk.start) - old;
        self.received += added;
        Ok(added)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out = Vec::new();
        let mut at = 0u64;
        for i in 0..self.spans.len() {
            if self.spans[i].start > at {
                out.push(at..self.spans[i].start);
            }
            at = self.spans[i].end;
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
