// learner: optimal
// idiom: textbook: levels array, BUILD-LEVEL procedure with while loop, DIFF with an explicit stack S of (level, index) and APPEND-OR-EXTEND for ranges
//! A Merkle tree over a list of blocks, and a diff that finds which blocks
//! of two replicas differ while comparing as few digests as possible.

use std::marker::PhantomData;
use std::fmt::Debug;
use std::ops::Range;

/// How a Merkle tree hashes its blocks and combines child digests.
pub trait MerkleHasher {
    type Digest: Copy + Eq + Debug;
    /// The digest of one data block.
    fn leaf(data: &[u8]) -> Self::Digest;
    /// The digest of an internal node from its two children's digests.
    fn node(left: Self::Digest, right: Self::Digest) -> Self::Digest;
}

/// A deterministic 64-bit hasher: FNV-1a followed by a bit mixer, with a
/// different first byte for leaves and nodes. (Provided: you do not need to
/// change it. Not cryptographic.)
pub struct Fnv;

fn fnv_mix(tag: u8, parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in std::iter::once(&tag).chain(parts.iter().flat_map(|p| p.iter())) {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

impl MerkleHasher for Fnv {
    type Digest = u64;
    fn leaf(data: &[u8]) -> u64 {
        fnv_mix(0, &[data])
    }
    fn node(left: u64, right: u64) -> u64 {
        fnv_mix(1, &[&left.to_le_bytes(), &right.to_le_bytes()])
    }
}


/// A Merkle tree stored level by level; `levels[0]` are the leaves.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

/// BUILD-LEVEL(B): pair up B from the left; an odd last node is carried up.
fn build_level<H: MerkleHasher>(below: &[H::Digest]) -> Vec<H::Digest> {
    let mut above = Vec::with_capacity((below.len() + 1) / 2);
    let mut i = 0;
    while i < below.len() {
        if i + 1 < below.len() {
            above.push(H::node(below[i], below[i + 1]));
        } else {
            above.push(below[i]);
        }
        i += 2;
    }
    above
}

/// APPEND-OR-EXTEND(R, i)
fn append_or_extend(ranges: &mut Vec<Range<usize>>, i: usize) {
    if let Some(last) = ranges.last_mut() {
        if last.end == i {
            last.end = i + 1;
            return;
        }
    }
    ranges.push(i..i + 1);
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut levels: Vec<Vec<H::Digest>> = Vec::new();
        let mut leaves = Vec::with_capacity(blocks.len());
        let mut i = 0;
        while i < blocks.len() {
            leaves.push(H::leaf(blocks[i]));
            i += 1;
        }
        levels.push(leaves);
        while levels[levels.len() - 1].len() > 1 {
            let above = build_level::<H>(&levels[levels.len() - 1]);
            levels.push(above);
        }
        MerkleTree { levels, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.levels[0].len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        let top = &self.levels[self.levels.len() - 1];
        if top.is_empty() {
            None
        } else {
            Some(top[0])
        }
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert!(
            self.len() == other.len(),
            "cannot diff trees of different length: {} and {} blocks",
            self.len(),
            other.len()
        );
        let mut ranges = Vec::new();
        if self.is_empty() {
            return ranges;
        }
        let top = self.levels.len() - 1;
        let mut s: Vec<(usize, usize)> = vec![(top, 0)];
        while let Some((level, index)) = s.pop() {
            if self.levels[level][index] == other.levels[level][index] {
                continue;
            }
            if level == 0 {
                append_or_extend(&mut ranges, index);
                continue;
            }
            let left = 2 * index;
            let right = left + 1;
            if right < self.levels[level - 1].len() {
                s.push((level - 1, right));
            }
            s.push((level - 1, left));
        }
        ranges
    }
}
