//! Tracks which byte ranges of a resumable upload have arrived.

use std::collections::BTreeMap;
use std::ops::Range;

/// Why a chunk was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    /// The chunk `offset..offset + len` does not fit in the upload.
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

/// The received bytes of an upload of known size, as disjoint ranges.
#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    /// start -> end (exclusive) of each received range. Ranges neither
    /// overlap nor touch: touching ones are merged.
    ranges: BTreeMap<u64, u64>,
    received: u64,
}

impl Upload {
    /// A new upload of `size` bytes with nothing received yet.
    pub fn new(size: u64) -> Self {
        Upload { size, ranges: BTreeMap::new(), received: 0 }
    }

    /// Records the chunk `offset..offset + len` and returns how many of its
    /// bytes were new. O(log n) amortised, for n stored ranges: every range
    /// the chunk swallows is removed once.
    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(end) if end <= self.size => end,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        let (mut start, mut end) = (offset, end);
        let mut already = 0;
        // A range starting before us that reaches us: extend over it.
        if let Some((&s, &e)) = self.ranges.range(..start).next_back() {
            if e >= start {
                self.ranges.remove(&s);
                already += e - s;
                start = s;
                end = end.max(e);
            }
        }
        // Ranges starting inside (or right at the end of) the chunk.
        while let Some((&s, &e)) = self.ranges.range(start..=end).next() {
            self.ranges.remove(&s);
            already += e - s;
            end = end.max(e);
        }
        self.ranges.insert(start, end);
        let new = (end - start) - already;
        self.received += new;
        Ok(new)
    }

    /// The ranges still to be uploaded, in order. O(n).
    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps = Vec::new();
        let mut cursor = 0;
        for (&s, &e) in &self.ranges {
            if s > cursor {
                gaps.push(cursor..s);
            }
            cursor = e;
        }
        if cursor < self.size {
            gaps.push(cursor..self.size);
        }
        gaps
    }

    /// How many distinct bytes have arrived. O(1).
    pub fn received_bytes(&self) -> u64 {
        self.received
    }

    /// Whether every byte has arrived. O(1).
    pub fn is_complete(&self) -> bool {
        self.received == self.size
    }
}
