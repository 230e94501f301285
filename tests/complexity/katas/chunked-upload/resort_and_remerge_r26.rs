// learner: slow
// idiom: a Modula-2 teacher: an array of (start, end) records; each chunk is appended, the array sorted, then rebuilt by one merging pass, and the received total recounted from scratch
// why: receive is O(n log n) per chunk (full sort + merge + recount of all n stored ranges, whatever k is) vs the O(k log n) / O(log n) amortised target, and it builds an O(n) new array each time
//! Tracks which byte ranges of a resumable upload have arrived.

use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    received: u64,
    pieces: Vec<(u64, u64)>, /* sorted, merged: start, end (exclusive) */
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size: size, received: 0, pieces: Vec::new() }
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
        let before = self.received;

        /* 1. add the chunk and sort by start */
        self.pieces.push((offset, end));
        self.pieces.sort();

        /* 2. merge overlapping or touching pieces into a fresh array */
        let mut merged: Vec<(u64, u64)> = Vec::new();
        let mut i = 0;
        while i < self.pieces.len() {
            let (s, e) = self.pieces[i];
            let last = merged.len();
            if last > 0 && s <= merged[last - 1].1 {
                if e > merged[last - 1].1 {
                    merged[last - 1].1 = e;
                }
            } else {
                merged.push((s, e));
            }
            i = i + 1;
        }
        self.pieces = merged;

        /* 3. count the received bytes again */
        let mut total: u64 = 0;
        let mut j = 0;
        while j < self.pieces.len() {
            total = total + (self.pieces[j].1 - self.pieces[j].0);
            j = j + 1;
        }
        self.received = total;
        Ok(total - before)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut result = Vec::new();
        let mut position = 0;
        let mut i = 0;
        while i < self.pieces.len() {
            if self.pieces[i].0 > position {
                result.push(position..self.pieces[i].0);
            }
            position = self.pieces[i].1;
            i = i + 1;
        }
        if position < self.size {
            result.push(position..self.size);
        }
        result
    }

    pub fn received_bytes(&self) -> u64 {
        self.received
    }

    pub fn is_complete(&self) -> bool {
        self.received == self.size
    }
}
