// learner: slow
// idiom: logo teacher: push every chunk onto a Vec of (start, end) pairs, sort it, glue neighbours, recount
// why: misses receive O(k log n): every chunk re-sorts and re-merges all stored ranges, O(n log n) per chunk
//! Tracks which byte ranges of a resumable upload have arrived.

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
    pieces: Vec<(u64, u64)>,
    received: u64,
}

impl Upload {
    /// A new upload of `size` bytes with nothing received yet.
    pub fn new(size: u64) -> Self {
        Upload { size, pieces: Vec::new(), received: 0 }
    }

    /// Records the chunk `offset..offset + len` and returns how many of its
    /// bytes had not been received before. A chunk that does not fit inside
    /// `0..size` is rejected with `OutOfBounds` and changes nothing.
    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(end) if end <= self.size => end,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        // Step 1: add the new piece anywhere.
        self.pieces.push((offset, end));
        // Step 2: put the pieces in order of their start.
        self.pieces.sort();
        // Step 3: glue overlapping or touching neighbours together.
        let mut glued: Vec<(u64, u64)> = Vec::new();
        for &(start, finish) in &self.pieces {
            match glued.last_mut() {
                Some(last) if start <= last.1 => {
                    if finish > last.1 {
                        last.1 = finish;
                    }
                }
                _ => glued.push((start, finish)),
            }
        }
        self.pieces = glued;
        // Step 4: count again, and see how much that grew.
        let mut total = 0;
        for &(start, finish) in &self.pieces {
            total += finish - start;
        }
        let new_bytes = total - self.received;
        self.received = total;
        Ok(new_bytes)
    }

    /// The ranges still to be uploaded, in increasing order, maximal (two
    /// returned ranges never touch) and non-empty.
    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps = Vec::new();
        let mut position = 0;
        for &(start, finish) in &self.pieces {
            if position < start {
                gaps.push(position..start);
            }
            position = finish;
        }
        if position < self.size {
            gaps.push(position..self.size);
        }
        gaps
    }

    /// How many distinct bytes have arrived.
    pub fn received_bytes(&self) -> u64 {
        self.received
    }

    /// Whether every byte has arrived.
    pub fn is_complete(&self) -> bool {
        self.received == self.size
    }
}
