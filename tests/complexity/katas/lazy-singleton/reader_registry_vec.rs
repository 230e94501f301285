// learner: slow
// why: OnceCell::get_or_init is O(readers) time, target O(1): every call registers its thread in a Vec<ThreadId> (for a readers() report) and `contains` scans the whole list
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};
use std::thread::{self, ThreadId};

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    done: AtomicBool,
    lock: Mutex<()>,
    slot: UnsafeCell<Option<T>>,
    /// Every thread that ever used the value: handy to see who depends on the singleton.
    users: Mutex<Vec<ThreadId>>,
}

// SAFETY: the slot is written once under `lock` before `done` is set (Release);
// it is read only after `done` is seen (Acquire).
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            done: AtomicBool::new(false),
            lock: Mutex::new(()),
            slot: UnsafeCell::new(None),
            users: Mutex::new(Vec::new()),
        }
    }

    /// How many distinct threads have used the cell.
    pub fn readers(&self) -> usize {
        self.users.lock().unwrap_or_else(PoisonError::into_inner).len()
    }

    fn note_user(&self) {
        let me = thread::current().id();
        let mut users = self.users.lock().unwrap_or_else(PoisonError::into_inner);
        if !users.contains(&me) {
            users.push(me);
        }
    }

    pub fn get(&self) -> Option<&T> {
        if self.done.load(Ordering::Acquire) {
            unsafe { (*self.slot.get()).as_ref() }
        } else {
            None
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        self.note_user();
        if let Some(v) = self.get() {
            return v;
        }
        let _g = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(v) = self.get() {
            return v;
        }
        let v = init();
        unsafe { *self.slot.get() = Some(v) };
        self.done.store(true, Ordering::Release);
        self.get().unwrap()
    }

    pub fn into_inner(self) -> Option<T> {
        self.slot.into_inner()
    }
}

impl<T> Default for OnceCell<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// A value computed on first access by `F`, at most once.
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
            let taken = this.init.lock().unwrap_or_else(PoisonError::into_inner).take();
            match taken {
                Some(f) => f(),
                None => panic!("Lazy instance has previously been poisoned"),
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

