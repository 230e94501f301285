// learner: optimal
// idiom: over-engineered: ByteInterval struct with Ord + helper methods in a BTreeSet, a ReceivedSet wrapper, loop/break with match
//! Tracks which byte ranges of a resumable upload have arrived.

use std::collections::BTreeSet;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

/// A half-open interval of bytes. Ordered by start first (ends never matter for
/// ordering since stored intervals never overlap).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct ByteInterval {
    start: u64,
    end: u64,
}

impl ByteInterval {
    fn new(start: u64, end: u64) -> Self {
        ByteInterval { start, end }
    }

    fn length(&self) -> u64 {
        self.end - self.start
    }

    fn touches_or_overlaps(&self, other: &ByteInterval) -> bool {
        self.start <= other.end && other.start <= self.end
    }

    fn union_with(&self, other: &ByteInterval) -> ByteInterval {
        ByteInterval::new(self.start.min(other.start), self.end.max(other.end))
    }
}

#[derive(Debug, Clone, Default)]
struct ReceivedSet {
    intervals: BTreeSet<ByteInterval>,
}

impl ReceivedSet {
    /// Inserts, merging neighbours; returns the number of bytes that were already covered.
    fn insert_merging(&mut self, incoming: ByteInterval) -> (ByteInterval, u64) {
        let mut merged = incoming;
        let mut covered_before = 0u64;
        // at most one interval starting before `incoming.start` can touch it
        let probe = ByteInterval::new(incoming.start, 0);
        let predecessor = self.intervals.range(..probe).next_back().copied();
        if let Some(previous) = predecessor {
            if previous.touches_or_overlaps(&merged) {
                self.intervals.remove(&previous);
                covered_before += previous.length();
                merged = merged.union_with(&previous);
            }
        }
        loop {
            let following = self.intervals.range(probe..).next().copied();
            match following {
                Some(next) if next.touches_or_overlaps(&merged) => {
                    self.intervals.remove(&next);
                    covered_before += next.length();
                    merged = merged.union_with(&next);
                }
                _ => break,
            }
        }
        self.intervals.insert(merged);
        (merged, covered_before)
    }

    fn iter(&self) -> impl Iterator<Item = &ByteInterval> {
        self.intervals.iter()
    }
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    received: ReceivedSet,
    received_total: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, received: ReceivedSet::default(), received_total: 0 }
    }

    fn validate_bounds(&self, offset: u64, len: u64) -> Result<u64, UploadError> {
        match offset.checked_add(len) {
            Some(end) if end <= self.size => Ok(end),
            _ => Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = self.validate_bounds(offset, len)?;
        if len == 0 {
            return Ok(0);
        }
        let (merged, covered_before) = self.received.insert_merging(ByteInterval::new(offset, end));
        let fresh = merged.length() - covered_before;
        self.received_total += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut result = Vec::new();
        let mut cursor = 0;
        for interval in self.received.iter() {
            if interval.start > cursor {
                result.push(cursor..interval.start);
            }
            cursor = interval.end;
        }
        if cursor < self.size {
            result.push(cursor..self.size);
        }
        result
    }

    pub fn received_bytes(&self) -> u64 {
        self.received_total
    }

    pub fn is_complete(&self) -> bool {
        self.received_total == self.size
    }
}
