// learner: optimal
// idiom: PureScript-ish: BTreeMap start -> end, bounds check as an Option chain (checked_add + filter + ok_or), absorbed ranges summed with a fold, missing() via scan
use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    have: BTreeMap<u64, u64>,
    received: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, have: BTreeMap::new(), received: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let size = self.size;
        let end = offset
            .checked_add(len)
            .filter(|&e| e <= size)
            .ok_or(UploadError::OutOfBounds { offset, len, size })?;
        if len == 0 {
            return Ok(0);
        }
        // a range starting before us that reaches our start joins in
        let (lo, absorbed_before) = match self.have.range(..=offset).next_back().map(|(&s, &e)| (s, e)) {
            Some((s, e)) if e >= offset => {
                self.have.remove(&s);
                (s, Some((s, e)))
            }
            _ => (offset, None),
        };
        let mut hi = end.max(absorbed_before.map_or(0, |(_, e)| e));
        let mut absorbed = absorbed_before.map_or(0, |(s, e)| e - s);
        while let Some((s, e)) = self.have.range(lo..=hi).next().map(|(&s, &e)| (s, e)) {
            self.have.remove(&s);
            hi = hi.max(e);
            absorbed += e - s;
        }
        self.have.insert(lo, hi);
        let fresh = (hi - lo) - absorbed;
        self.received += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let size = self.size;
        let mut gaps: Vec<Range<u64>> = self
            .have
            .iter()
            .scan(0u64, |cursor, (&s, &e)| {
                let gap = *cursor..s;
                *cursor = e;
                Some(gap)
            })
            .filter(|g| !g.is_empty())
            .collect();
        let tail = self.have.values().next_back().copied().unwrap_or(0);
        Some(tail..size).filter(|g| !g.is_empty()).into_iter().for_each(|g| gaps.push(g));
        gaps
    }

    pub fn received_bytes(&self) -> u64 {
        self.received
    }

    pub fn is_complete(&self) -> bool {
        self.received == self.size
    }
}
