// learner: slow
// why: Upload::receive is O(n) time, target O(k log n): binary search is O(log n) but Vec::insert / Vec::drain shift the tail of a sorted Vec<Span> on every chunk
//! Tracks which byte ranges of a resumable upload have arrived.

use std::ops::Range;

/// Why a chunk was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    /// The chunk `offset..offset + len` does not fit in the upload.
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    start: u64,
    end: u64,
}

/// The received bytes of an upload of known size.
#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    sorted: Vec<Span>,
    bytes: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, sorted: Vec::new(), bytes: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = offset
            .checked_add(len)
            .filter(|&e| e <= self.size)
            .ok_or(UploadError::OutOfBounds { offset, len, size: self.size })?;
        if len == 0 {
            return Ok(0);
        }
        // first span whose end reaches the chunk
        let first = self.sorted.partition_point(|s| s.end < offset);
        // first span that starts strictly after the chunk's end (cannot touch it)
        let last = self.sorted.partition_point(|s| s.start <= end);
        let mut lo = offset;
        let mut hi = end;
        let mut old = 0;
        for s in &self.sorted[first..last] {
            old += s.end - s.start;
            lo = lo.min(s.start);
            hi = hi.max(s.end);
        }
        self.sorted.drain(first..last);
        self.sorted.insert(first, Span { start: lo, end: hi });
        let added = (hi - lo) - old;
        self.bytes += added;
        Ok(added)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out = Vec::new();
        let mut at = 0;
        for s in &self.sorted {
            if s.start > at {
                out.push(at..s.start);
            }
            at = s.end;
        }
        if at < self.size {
            out.push(at..self.size);
        }
        out
    }

    pub fn received_bytes(&self) -> u64 {
        self.bytes
    }

    pub fn is_complete(&self) -> bool {
        self.bytes == self.size
    }
}
