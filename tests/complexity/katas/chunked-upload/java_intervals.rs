// learner: optimal
// idiom: Java/C#-style: Interval value class with getters, IntervalSet class wrapping a BTreeMap, Option-returning finders
//! Tracks which byte ranges of a resumable upload have arrived.

use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Interval {
    start: u64,
    end: u64,
}

impl Interval {
    fn new(start: u64, end: u64) -> Self {
        Interval { start, end }
    }

    fn get_start(&self) -> u64 {
        self.start
    }

    fn get_end(&self) -> u64 {
        self.end
    }

    fn length(&self) -> u64 {
        self.end - self.start
    }

    fn touches(&self, other: &Interval) -> bool {
        self.start <= other.end && other.start <= self.end
    }

    fn union(&self, other: &Interval) -> Interval {
        Interval::new(self.start.min(other.start), self.end.max(other.end))
    }
}

#[derive(Debug, Clone, Default)]
struct IntervalSet {
    by_start: BTreeMap<u64, u64>,
    covered: u64,
}

impl IntervalSet {
    fn find_predecessor(&self, at: u64) -> Option<Interval> {
        self.by_start.range(..at).next_back().map(|(&s, &e)| Interval::new(s, e))
    }

    fn find_first_starting_in(&self, from: u64, to: u64) -> Option<Interval> {
        self.by_start.range(from..=to).next().map(|(&s, &e)| Interval::new(s, e))
    }

    fn remove(&mut self, interval: &Interval) {
        self.by_start.remove(&interval.get_start());
        self.covered -= interval.length();
    }

    fn insert(&mut self, interval: Interval) {
        self.by_start.insert(interval.get_start(), interval.get_end());
        self.covered += interval.length();
    }

    fn get_covered(&self) -> u64 {
        self.covered
    }

    fn add(&mut self, chunk: Interval) -> u64 {
        let before = self.get_covered();
        let mut merged = chunk;
        if let Some(prev) = self.find_predecessor(merged.get_start()) {
            if prev.touches(&merged) {
                self.remove(&prev);
                merged = merged.union(&prev);
            }
        }
        while let Some(next) = self.find_first_starting_in(merged.get_start(), merged.get_end()) {
            self.remove(&next);
            merged = merged.union(&next);
        }
        self.insert(merged);
        self.get_covered() - before
    }

    fn intervals(&self) -> impl Iterator<Item = Interval> + '_ {
        self.by_start.iter().map(|(&s, &e)| Interval::new(s, e))
    }
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    received: IntervalSet,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, received: IntervalSet::default() }
    }

    fn get_size(&self) -> u64 {
        self.size
    }

    fn chunk_interval(&self, offset: u64, len: u64) -> Option<Interval> {
        let end = offset.checked_add(len)?;
        if end > self.get_size() {
            return None;
        }
        Some(Interval::new(offset, end))
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let chunk = self
            .chunk_interval(offset, len)
            .ok_or(UploadError::OutOfBounds { offset, len, size: self.get_size() })?;
        if chunk.length() == 0 {
            return Ok(0);
        }
        Ok(self.received.add(chunk))
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps = Vec::new();
        let mut cursor = 0;
        for interval in self.received.intervals() {
            if interval.get_start() > cursor {
                gaps.push(cursor..interval.get_start());
            }
            cursor = interval.get_end();
        }
        if cursor < self.get_size() {
            gaps.push(cursor..self.get_size());
        }
        gaps
    }

    pub fn received_bytes(&self) -> u64 {
        self.received.get_covered()
    }

    pub fn is_complete(&self) -> bool {
        self.received_bytes() == self.get_size()
    }
}
