// learner: optimal
// idiom: Koka: a BTreeSet of (start, end) pairs merged right-to-left -- keep taking the last pair starting at or before b while it still reaches a; state threaded through an explicit `Chunk` record
//! Tracks which byte ranges of a resumable upload have arrived.

use std::collections::BTreeSet;
use std::ops::Range;

/// Why a chunk was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    /// The chunk `offset..offset + len` does not fit in the upload.
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

/// The received bytes of an upload of known size.
#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    spans: BTreeSet<(u64, u64)>, // (start, end), disjoint and never touching
    got: u64,
}

/// The chunk being merged, and how many of its bytes were already there.
#[derive(Clone, Copy)]
struct Chunk {
    start: u64,
    end: u64,
    overlap: u64,
}

enum Merge {
    Absorb((u64, u64)),
    Done,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, spans: BTreeSet::new(), got: 0 }
    }

    /// The next stored span that touches `c`, scanning leftwards from `c.end`.
    fn neighbour(&self, c: Chunk) -> Merge {
        match self.spans.range(..=(c.end, u64::MAX)).next_back() {
            Some(&(s, e)) if e >= c.start => Merge::Absorb((s, e)),
            _ => Merge::Done,
        }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = offset
            .checked_add(len)
            .filter(|&e| e <= self.size)
            .ok_or(UploadError::OutOfBounds { offset, len, size: self.size })?;
        if len == 0 {
            return Ok(0);
        }
        let mut chunk = Chunk { start: offset, end, overlap: 0 };
        loop {
            match self.neighbour(chunk) {
                Merge::Absorb((s, e)) => {
                    self.spans.remove(&(s, e));
                    chunk = Chunk {
                        start: chunk.start.min(s),
                        end: chunk.end.max(e),
                        overlap: chunk.overlap + (e - s),
                    };
                }
                Merge::Done => break,
            }
        }
        self.spans.insert((chunk.start, chunk.end));
        let fresh = (chunk.end - chunk.start) - chunk.overlap;
        self.got += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out = Vec::with_capacity(self.spans.len() + 1);
        let mut from = 0;
        for &(s, e) in &self.spans {
            if from < s {
                out.push(from..s);
            }
            from = e;
        }
        if from < self.size {
            out.push(from..self.size);
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
