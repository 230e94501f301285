// learner: optimal
// idiom: BTreeMap<u64, u64> keyed by END -> start, range(offset..) walks forward over overlapping ranges, checked arithmetic with match, private helper fns
//! Tracks which byte ranges of a resumable upload have arrived.

use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    /// end -> start of each received, merged range
    start_by_end: BTreeMap<u64, u64>,
    received: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, start_by_end: BTreeMap::new(), received: 0 }
    }

    /// The first stored range whose end is >= `position`, i.e. the only kind that can touch a chunk starting there.
    fn first_reaching(&self, position: u64) -> Option<(u64, u64)> {
        self.start_by_end.range(position..).next().map(|(&end, &start)| (start, end))
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(end) if end <= self.size => end,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        let mut merged_start = offset;
        let mut merged_end = end;
        let mut overlapped = 0u64;
        while let Some((start, stored_end)) = self.first_reaching(offset) {
            if start > merged_end {
                break; // starts after the chunk, with a gap
            }
            self.start_by_end.remove(&stored_end);
            overlapped += stored_end - start;
            merged_start = merged_start.min(start);
            merged_end = merged_end.max(stored_end);
        }
        self.start_by_end.insert(merged_end, merged_start);
        let fresh = (merged_end - merged_start) - overlapped;
        self.received += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps = Vec::with_capacity(self.start_by_end.len() + 1);
        let mut previous_end = 0;
        for (&end, &start) in &self.start_by_end {
            if start > previous_end {
                gaps.push(previous_end..start);
            }
            previous_end = end;
        }
        if previous_end < self.size {
            gaps.push(previous_end..self.size);
        }
        gaps
    }

    pub fn received_bytes(&self) -> u64 {
        self.received
    }

    pub fn is_complete(&self) -> bool {
        self.received == self.size
    }
}
