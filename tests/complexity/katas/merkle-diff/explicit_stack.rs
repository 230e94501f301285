// learner: optimal
// idiom: explicit DFS stack of (level, index), index loops in build, carried node skipped without re-comparing
//! A Merkle tree over a list of blocks, and a diff that finds which blocks
//! of two replicas differ while comparing as few digests as possible.

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

pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
    n: usize,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let n = blocks.len();
        let mut levels: Vec<Vec<H::Digest>> = Vec::new();
        if n == 0 {
            return MerkleTree { levels, n };
        }
        let mut leaves = Vec::with_capacity(n);
        for i in 0..n {
            leaves.push(H::leaf(blocks[i]));
        }
        levels.push(leaves);
        loop {
            let prev = levels.last().unwrap();
            if prev.len() == 1 {
                break;
            }
            let mut next = Vec::with_capacity((prev.len() + 1) / 2);
            let mut i = 0;
            while i + 1 < prev.len() {
                next.push(H::node(prev[i], prev[i + 1]));
                i += 2;
            }
            if i < prev.len() {
                next.push(prev[i]);
            }
            levels.push(next);
        }
        MerkleTree { levels, n }
    }

    pub fn len(&self) -> usize {
        self.n
    }

    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        match self.levels.last() {
            Some(top) => Some(top[0]),
            None => None,
        }
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.n != other.n {
            panic!("cannot diff trees of different length: {} vs {}", self.n, other.n);
        }
        let mut ranges: Vec<Range<usize>> = Vec::new();
        if self.n == 0 {
            return ranges;
        }
        let top = self.levels.len() - 1;
        let mut stack: Vec<(usize, usize)> = Vec::new();
        if self.levels[top][0] != other.levels[top][0] {
            stack.push((top, 0));
        }
        // Invariant: every entry on the stack is a node known to differ.
        while let Some((lvl, i)) = stack.pop() {
            if lvl == 0 {
                if let Some(last) = ranges.last_mut() {
                    if last.end == i {
                        last.end += 1;
                        continue;
                    }
                }
                ranges.push(i..i + 1);
                continue;
            }
            let child_level = lvl - 1;
            let l = 2 * i;
            let r = l + 1;
            if r >= self.levels[child_level].len() {
                // carried node: it differs, so does its only child
                stack.push((child_level, l));
                continue;
            }
            // push right first so the left subtree is visited first
            if self.levels[child_level][r] != other.levels[child_level][r] {
                stack.push((child_level, r));
            }
            if self.levels[child_level][l] != other.levels[child_level][l] {
                stack.push((child_level, l));
            }
        }
        ranges
    }
}
