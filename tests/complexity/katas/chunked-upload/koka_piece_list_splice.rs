// learner: slow
// idiom: Koka: a sorted list of `Piece` records; binary search for the landing spot, then splice the merged piece in place of the pieces it swallows
// why: `Vec::splice`/insert in the middle shifts every piece after the landing spot: O(n) per chunk (O(n^2) over an upload arriving back to front), where O(log n) amortised is asked
//! Tracks which byte ranges of a resumable upload have arrived.
use std::ops::Range;

/// Why a chunk was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    /// The chunk `offset..offset + len` does not fit in the upload.
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

/// One received, maximal run of bytes.
#[derive(Debug, Clone, Copy)]
struct Piece {
    start: u64,
    end: u64,
}

/// The received bytes of an upload of known size.
#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    pieces: Vec<Piece>, // sorted, disjoint, never touching
    total: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, pieces: Vec::new(), total: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        // pieces[first..last] are the ones that overlap or touch [offset, end]
        let first = self.pieces.partition_point(|p| p.end < offset);
        let last = self.pieces.partition_point(|p| p.start <= end);
        let swallowed = &self.pieces[first..last];
        let merged = match (swallowed.first(), swallowed.last()) {
            (Some(a), Some(z)) => Piece { start: a.start.min(offset), end: z.end.max(end) },
            _ => Piece { start: offset, end },
        };
        let old: u64 = swallowed.iter().map(|p| p.end - p.start).sum();
        let fresh = (merged.end - merged.start) - old;
        self.pieces.splice(first..last, std::iter::once(merged));
        self.total += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps = Vec::new();
        let mut at = 0;
        for p in &self.pieces {
            if p.start > at {
                gaps.push(at..p.start);
            }
            at = p.end;
        }
        if at < self.size {
            gaps.push(at..self.size);
        }
        gaps
    }

    pub fn received_bytes(&self) -> u64 {
        self.total
    }

    pub fn is_complete(&self) -> bool {
        self.total == self.size
    }
}
