// learner: optimal
// idiom: BTreeMap<u64, u64> start->end, next_back for the left neighbour then a while-let over range(a..=b), running total, if-let heavy
//! Tracks which byte ranges of a resumable upload have arrived.

use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    total_size: u64,
    received_ranges: BTreeMap<u64, u64>,
    received_byte_count: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { total_size: size, received_ranges: BTreeMap::new(), received_byte_count: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let chunk_end = match offset.checked_add(len) {
            Some(end) if end <= self.total_size => end,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.total_size }),
        };
        if len == 0 {
            return Ok(0);
        }
        let mut merged_start = offset;
        let mut merged_end = chunk_end;
        let mut bytes_already_present: u64 = 0;

        if let Some((&left_start, &left_end)) = self.received_ranges.range(..offset).next_back() {
            if left_end >= offset {
                self.received_ranges.remove(&left_start);
                merged_start = left_start;
                merged_end = merged_end.max(left_end);
                bytes_already_present += left_end - left_start;
            }
        }
        while let Some((&next_start, &next_end)) = self.received_ranges.range(offset..=merged_end).next() {
            self.received_ranges.remove(&next_start);
            merged_end = merged_end.max(next_end);
            bytes_already_present += next_end - next_start;
        }
        self.received_ranges.insert(merged_start, merged_end);
        let merged_length = merged_end - merged_start;
        let new_bytes = merged_length - bytes_already_present;
        self.received_byte_count += new_bytes;
        Ok(new_bytes)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps = Vec::new();
        let mut position = 0u64;
        for (&start, &end) in &self.received_ranges {
            if start > position {
                gaps.push(position..start);
            }
            position = end;
        }
        if position < self.total_size {
            gaps.push(position..self.total_size);
        }
        gaps
    }

    pub fn received_bytes(&self) -> u64 {
        self.received_byte_count
    }

    pub fn is_complete(&self) -> bool {
        self.received_byte_count == self.total_size
    }
}
