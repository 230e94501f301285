// learner: optimal
// idiom: Gleam developer: received spans in a BTreeMap start -> end; receive glues the left neighbour and folds every swallowed span into the new one, missing() is a scan over the gaps
use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    received: u64,
    spans: BTreeMap<u64, u64>,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, received: 0, spans: BTreeMap::new() }
    }

    fn bounds(&self, offset: u64, len: u64) -> Result<Range<u64>, UploadError> {
        offset
            .checked_add(len)
            .filter(|&end| end <= self.size)
            .map(|end| offset..end)
            .ok_or(UploadError::OutOfBounds { offset, len, size: self.size })
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let Range { start, end } = self.bounds(offset, len)?;
        if start == end {
            return Ok(0);
        }
        // The span starting at or before `start` joins in when it reaches `start`.
        let left = self
            .spans
            .range(..=start)
            .next_back()
            .filter(|(_, &e)| e >= start)
            .map(|(&s, &e)| (s, e));
        let (mut lo, mut hi) = (start, end);
        let mut already = 0;
        if let Some((s, e)) = left {
            self.spans.remove(&s);
            already += e.min(end) - start.max(s);
            lo = s;
            hi = hi.max(e);
        }
        // Every span starting inside start..=end is swallowed.
        let swallowed: Vec<(u64, u64)> = self.spans.range(start..=end).map(|(&s, &e)| (s, e)).collect();
        for (s, e) in swallowed {
            self.spans.remove(&s);
            already += e.min(end) - s;
            hi = hi.max(e);
        }
        self.spans.insert(lo, hi);
        let fresh = (end - start) - already;
        self.received += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps = Vec::new();
        let cursor = self.spans.iter().fold(0, |cursor, (&s, &e)| {
            if cursor < s {
                gaps.push(cursor..s);
            }
            e
        });
        if cursor < self.size {
            gaps.push(cursor..self.size);
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
