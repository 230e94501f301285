// learner: optimal
// idiom: defensive auditor: BTreeMap start->end of merged ranges, checked bounds, explicit left/right merge steps, running total
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
    /// Disjoint, non-touching received ranges: start -> end (exclusive).
    ranges: BTreeMap<u64, u64>,
    received: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, ranges: BTreeMap::new(), received: 0 }
    }

    fn checked_end(&self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let out = UploadError::OutOfBounds { offset, len, size: self.size };
        let end = offset.checked_add(len).ok_or_else(|| out.clone())?;
        if end > self.size {
            return Err(out);
        }
        Ok(end)
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = self.checked_end(offset, len)?;
        if len == 0 {
            return Ok(0);
        }
        let mut start = offset;
        let mut stop = end;
        let mut already: u64 = 0;

        // Left neighbour: starts before `start` and reaches it.
        let left = self.ranges.range(..start).next_back().map(|(&s, &e)| (s, e));
        if let Some((s, e)) = left {
            if e >= start {
                let _ = self.ranges.remove(&s);
                already = already.saturating_add(e.saturating_sub(s));
                start = s;
                stop = stop.max(e);
            }
        }
        // Every range starting inside [start, stop] is swallowed.
        loop {
            let next = self.ranges.range(start..=stop).next().map(|(&s, &e)| (s, e));
            let Some((s, e)) = next else { break };
            let _ = self.ranges.remove(&s);
            already = already.saturating_add(e.saturating_sub(s));
            stop = stop.max(e);
        }
        let _ = self.ranges.insert(start, stop);
        let merged = stop.saturating_sub(start);
        let fresh = merged.saturating_sub(already);
        self.received = self.received.saturating_add(fresh);
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps = Vec::new();
        let mut cursor: u64 = 0;
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

    pub fn received_bytes(&self) -> u64 {
        self.received
    }

    pub fn is_complete(&self) -> bool {
        self.received >= self.size
    }
}
