// learner: optimal
// idiom: recursive descent (depth log n) in a private method, spans carried as (lo, hi) block ranges, build by step_by(2).zip pairing
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

pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
    n: usize,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let n = blocks.len();
        let mut levels: Vec<Vec<H::Digest>> = Vec::new();
        if n > 0 {
            let mut cur: Vec<H::Digest> = blocks.iter().map(|b| H::leaf(b)).collect();
            while cur.len() > 1 {
                let mut up: Vec<H::Digest> = cur
                    .iter()
                    .step_by(2)
                    .zip(cur.iter().skip(1).step_by(2))
                    .map(|(&a, &b)| H::node(a, b))
                    .collect();
                if cur.len() % 2 == 1 {
                    up.push(cur[cur.len() - 1]);
                }
                levels.push(cur);
                cur = up;
            }
            levels.push(cur);
        }
        MerkleTree { levels, n, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.n
    }

    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        Some(*self.levels.last()?.first()?)
    }

    fn walk(&self, other: &Self, level: usize, idx: usize, out: &mut Vec<Range<usize>>) {
        if self.levels[level][idx] == other.levels[level][idx] {
            return;
        }
        if level == 0 {
            if let Some(last) = out.last_mut().filter(|r| r.end == idx) {
                last.end += 1;
            } else {
                out.push(idx..idx + 1);
            }
            return;
        }
        let child_level = level - 1;
        for child in [2 * idx, 2 * idx + 1] {
            if child < self.levels[child_level].len() {
                self.walk(other, child_level, child, out);
            }
        }
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.n != other.n {
            panic!("trees differ in length ({} and {} blocks)", self.n, other.n);
        }
        let mut out = Vec::new();
        if self.n > 0 {
            self.walk(other, self.levels.len() - 1, 0, &mut out);
        }
        out
    }
}
