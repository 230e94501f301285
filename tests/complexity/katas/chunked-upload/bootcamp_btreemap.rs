// learner: optimal
// idiom: bootcamp style, BTreeMap start->end with explicit if/while loops, a running total and a comment on every step
//! Tracks which byte ranges of a resumable upload have arrived.

use std::collections::BTreeMap;
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
    /// Total size of the file in bytes.
    size: u64,
    /// Received ranges: start -> end (end is exclusive). They never overlap or touch.
    ranges: BTreeMap<u64, u64>,
    /// How many distinct bytes we have so far.
    received: u64,
}

impl Upload {
    /// A new upload of `size` bytes with nothing received yet.
    pub fn new(size: u64) -> Self {
        Upload {
            size: size,
            ranges: BTreeMap::new(),
            received: 0,
        }
    }

    /// Records the chunk `offset..offset + len` and returns how many of its
    /// bytes had not been received before.
    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        // Step 1: compute the end of the chunk, watching out for overflow.
        let end = match offset.checked_add(len) {
            Some(value) => value,
            None => {
                return Err(UploadError::OutOfBounds { offset: offset, len: len, size: self.size });
            }
        };
        // Step 2: the chunk must fit in the file.
        if end > self.size {
            return Err(UploadError::OutOfBounds { offset: offset, len: len, size: self.size });
        }
        // Step 3: an empty chunk adds nothing.
        if len == 0 {
            return Ok(0);
        }
        // Step 4: the merged range starts as just the chunk.
        let mut merged_start = offset;
        let mut merged_end = end;
        // Bytes already stored inside the merged range.
        let mut already_had: u64 = 0;
        // Step 5: look at the range that starts before the chunk.
        let mut before: Option<(u64, u64)> = None;
        if let Some((start, stop)) = self.ranges.range(..offset).next_back() {
            before = Some((*start, *stop));
        }
        if let Some((start, stop)) = before {
            // Does it reach the chunk (overlap or touch)?
            if stop >= offset {
                // If it already covers the whole chunk, nothing is new.
                if stop >= end {
                    return Ok(0);
                }
                // Otherwise swallow it.
                self.ranges.remove(&start);
                already_had = already_had + (stop - start);
                merged_start = start;
            }
        }
        // Step 6: swallow every range that starts inside the chunk (or right at its end).
        loop {
            let mut found: Option<(u64, u64)> = None;
            if let Some((start, stop)) = self.ranges.range(offset..=merged_end).next() {
                found = Some((*start, *stop));
            }
            match found {
                None => break,
                Some((start, stop)) => {
                    self.ranges.remove(&start);
                    already_had = already_had + (stop - start);
                    if stop > merged_end {
                        merged_end = stop;
                    }
                }
            }
        }
        // Step 7: store the merged range.
        self.ranges.insert(merged_start, merged_end);
        // Step 8: the new bytes are the merged length minus what we already had.
        let new_bytes = (merged_end - merged_start) - already_had;
        self.received = self.received + new_bytes;
        Ok(new_bytes)
    }

    /// The ranges still to be uploaded, in increasing order, maximal and non-empty.
    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps: Vec<Range<u64>> = Vec::new();
        // Where the next gap could start.
        let mut cursor: u64 = 0;
        for (start, stop) in self.ranges.iter() {
            // A gap between the cursor and this range?
            if *start > cursor {
                gaps.push(cursor..*start);
            }
            // Continue after this range.
            cursor = *stop;
        }
        // A gap at the very end?
        if cursor < self.size {
            gaps.push(cursor..self.size);
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
