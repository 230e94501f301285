// learner: optimal
// idiom: Python-style: chunks_exact + remainder in build, diff as a breadth-first frontier narrowed with retain and expanded per level, ranges merged at the end
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

/// A Merkle tree, stored level by level.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut levels: Vec<Vec<H::Digest>> = Vec::new();
        if blocks.is_empty() {
            return MerkleTree { levels, _hasher: PhantomData };
        }
        let mut cur: Vec<H::Digest> = Vec::with_capacity(blocks.len());
        for (_, b) in blocks.iter().enumerate() {
            cur.push(H::leaf(b));
        }
        while cur.len() > 1 {
            let mut up = Vec::with_capacity((cur.len() + 1) / 2);
            let mut it = cur.chunks_exact(2);
            for pair in &mut it {
                up.push(H::node(pair[0], pair[1]));
            }
            if let [odd] = it.remainder() {
                up.push(*odd);
            }
            levels.push(cur);
            cur = up;
        }
        levels.push(cur);
        MerkleTree { levels, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        match self.levels.first() {
            Some(l) => l.len(),
            None => 0,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.levels.is_empty()
    }

    pub fn root(&self) -> Option<H::Digest> {
        Some(*self.levels.last()?.first()?)
    }

    /// Level-by-level: keep the indices of differing nodes, expand them to their children.
    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert_eq!(self.len(), other.len(), "length mismatch between the trees");
        let top = match self.levels.len() {
            0 => return vec![],
            h => h - 1,
        };
        let mut frontier: Vec<usize> = vec![0];
        for level in (0..=top).rev() {
            let (mine, theirs) = (&self.levels[level], &other.levels[level]);
            frontier.retain(|&i| mine[i] != theirs[i]);
            if level == 0 || frontier.is_empty() {
                break;
            }
            let width_below = self.levels[level - 1].len();
            let mut next = Vec::with_capacity(frontier.len() * 2);
            for &i in &frontier {
                next.push(2 * i);
                if 2 * i + 1 < width_below {
                    next.push(2 * i + 1);
                }
            }
            frontier = next;
        }
        let mut ranges: Vec<Range<usize>> = Vec::new();
        for i in frontier {
            match ranges.last_mut() {
                Some(r) if r.end == i => r.end = i + 1,
                _ => ranges.push(i..i + 1),
            }
        }
        ranges
    }
}
