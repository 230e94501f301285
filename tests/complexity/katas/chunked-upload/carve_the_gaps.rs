// learner: optimal
// idiom: Gleam developer: tracks the gaps instead of the data — a BTreeMap of missing ranges that each chunk carves pieces out of; missing() just copies the map out
use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    outstanding: u64,
    gaps: BTreeMap<u64, u64>,
}

/// The part of a gap left on each side of a chunk.
fn leftovers(gap: Range<u64>, chunk: &Range<u64>) -> [Option<Range<u64>>; 2] {
    let left = (gap.start < chunk.start).then(|| gap.start..chunk.start);
    let right = (gap.end > chunk.end).then(|| chunk.end..gap.end);
    [left, right]
}

impl Upload {
    pub fn new(size: u64) -> Self {
        let gaps = if size > 0 { BTreeMap::from([(0, size)]) } else { BTreeMap::new() };
        Upload { size, outstanding: size, gaps }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let chunk = match offset.checked_add(len) {
            Some(end) if end <= self.size => offset..end,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        let mut filled = 0;
        // The last gap starting before the chunk end is the rightmost one it can hit;
        // walk leftwards while gaps still reach into the chunk.
        while let Some((&start, &end)) = self.gaps.range(..chunk.end).next_back() {
            if end <= chunk.start {
                break;
            }
            self.gaps.remove(&start);
            filled += end.min(chunk.end) - start.max(chunk.start);
            let pieces = leftovers(start..end, &chunk);
            for piece in pieces.into_iter().flatten() {
                self.gaps.insert(piece.start, piece.end);
            }
            if start < chunk.start {
                break;
            }
        }
        self.outstanding -= filled;
        Ok(filled)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        self.gaps.iter().map(|(&start, &end)| start..end).collect()
    }

    pub fn received_bytes(&self) -> u64 {
        self.size - self.outstanding
    }

    pub fn is_complete(&self) -> bool {
        self.outstanding == 0
    }
}
