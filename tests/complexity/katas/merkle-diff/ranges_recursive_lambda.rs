// learner: optimal
// idiom: C++-style: levels built by successive fold of a generic pairwise-reduce adaptor, recursion via an inner fn (like a recursive lambda), span-like covering ranges
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
    _hasher: PhantomData<H>,
}

fn pairwise<D: Copy>(below: &[D], combine: impl Fn(D, D) -> D) -> Vec<D> {
    below
        .iter()
        .step_by(2)
        .zip(below.iter().skip(1).step_by(2).map(Some).chain(std::iter::once(None)))
        .map(|(&l, r)| r.map_or(l, |&r| combine(l, r)))
        .collect()
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let leaves: Vec<H::Digest> = blocks.iter().copied().map(H::leaf).collect();
        let levels = std::iter::successors(Some(leaves), |lvl| (lvl.len() > 1).then(|| pairwise(lvl, H::node)))
            .collect();
        MerkleTree { levels, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.levels.first().map_or(0, Vec::len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last()?.first().copied()
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert!(self.len() == other.len(), "length mismatch: {} vs {}", self.len(), other.len());
        fn walk<D: Eq>(a: &[Vec<D>], b: &[Vec<D>], lvl: usize, i: usize, out: &mut Vec<Range<usize>>) {
            if i >= a[lvl].len() || a[lvl][i] == b[lvl][i] {
                return;
            }
            if lvl == 0 {
                match out.last_mut() {
                    Some(last) if last.end == i => last.end = i + 1,
                    _ => out.push(i..i + 1),
                }
                return;
            }
            [2 * i, 2 * i + 1].into_iter().for_each(|c| walk(a, b, lvl - 1, c, out));
        }
        let mut out = Vec::new();
        if let Some(top) = self.levels.len().checked_sub(1) {
            walk(&self.levels, &other.levels, top, 0, &mut out);
        }
        out
    }
}
