// learner: optimal
// idiom: RPG IV: a basing pointer (BASED(p_value)) that is *NULL until the value is allocated with %ALLOC, then published once
// In RPG I would declare the value BASED on a pointer and test
// `p_value = *NULL`. Same here: an AtomicPtr, null until the one writer
// allocates the value on the heap and stores the address with Release.

use std::cell::UnsafeCell;
use std::marker::PhantomData;
use std::ops::Deref;
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::{Mutex, PoisonError};

pub struct OnceCell<T> {
    p_value: AtomicPtr<T>,
    lck_alloc: Mutex<()>,
    // keeps the cell !Sync unless T allows it (AtomicPtr alone would not)
    _own: PhantomData<UnsafeCell<Box<T>>>,
}

// SAFETY: p_value goes from null to a heap address exactly once, under
// lck_alloc, with Release; readers deref it only after an Acquire load.
// The pointee is never written after publication, only dropped in Drop
// (which has &mut self, so no readers are left).
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            p_value: AtomicPtr::new(ptr::null_mut()),
            lck_alloc: Mutex::new(()),
            _own: PhantomData,
        }
    }

    pub fn get(&self) -> Option<&T> {
        let p_cur = self.p_value.load(Ordering::Acquire);
        if p_cur.is_null() {
            None
        } else {
            Some(unsafe { &*p_cur })
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        let p_cur = self.p_value.load(Ordering::Acquire);
        if !p_cur.is_null() {
            return unsafe { &*p_cur };
        }

        let _w_lock = self.lck_alloc.lock().unwrap_or_else(PoisonError::into_inner);
        let p_again = self.p_value.load(Ordering::Acquire);
        if !p_again.is_null() {
            return unsafe { &*p_again };
        }

        // %ALLOC and fill
        let p_new = Box::into_raw(Box::new(init()));
        self.p_value.store(p_new, Ordering::Release);
        unsafe { &*p_new }
    }

    pub fn into_inner(self) -> Option<T> {
        // take the pointer out so Drop finds *NULL
        let p_cur = self.p_value.swap(ptr::null_mut(), Ordering::AcqRel);
        if p_cur.is_null() {
            None
        } else {
            let w_box = unsafe { Box::from_raw(p_cur) };
            Some(*w_box)
        }
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        // DEALLOC
        let p_cur = *self.p_value.get_mut();
        if !p_cur.is_null() {
            unsafe { drop(Box::from_raw(p_cur)) };
        }
    }
}

impl<T> Default for OnceCell<T> {
    fn default() -> Self {
        Self::new()
    }
}

pub struct Lazy<T, F = fn() -> T> {
    cell: OnceCell<T>,
    init: Mutex<Option<F>>,
}

impl<T, F: FnOnce() -> T> Lazy<T, F> {
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    pub fn force(this: &Self) -> &T {
        this.cell.get_or_init(|| {
            let mut w_slot = this.init.lock().unwrap_or_else(PoisonError::into_inner);
            let w_pgm = w_slot.take();
            drop(w_slot);
            match w_pgm {
                Some(w_f) => w_f(),
                None => panic!("Lazy poisoned: its initialiser panicked before"),
            }
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
