//! Where the app keeps text: [`KeyValue`], `localStorage` in the browser
//! (`web::browser`), and [`MemoryStore`] in tests.

use litemap::LiteMap;

/// Where the app keeps text: `localStorage` in the browser, a map in tests.
pub trait KeyValue {
    fn get(&self, key: &str) -> Option<String>;
    /// `Err` with the reason when the store refuses (quota, private mode).
    fn set(&mut self, key: &str, value: &str) -> Result<(), String>;
    fn remove(&mut self, key: &str);
    fn keys(&self) -> Vec<String>;
}

/// A [`KeyValue`] in memory, for tests (a browser that offers no local
/// storage at all is `web::browser::Store` without one: nothing is kept).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MemoryStore {
    pub entries: LiteMap<String, String>,
    /// When set, every write fails as a full storage would.
    pub refuse_writes: bool,
    /// When set, a write that would make all keys and values together
    /// longer than this many characters fails, as a browser's quota does.
    pub quota: Option<usize>,
}

impl MemoryStore {
    /// Characters in use: keys and values, as browsers count their quota.
    pub fn used(&self) -> usize {
        self.entries
            .iter()
            .map(|(k, v)| k.chars().count() + v.chars().count())
            .sum()
    }
}

impl KeyValue for MemoryStore {
    fn get(&self, key: &str) -> Option<String> {
        self.entries.get(key).cloned()
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), String> {
        if self.refuse_writes {
            return Err("QuotaExceededError".into());
        }
        if let Some(quota) = self.quota {
            let old = self
                .entries
                .get(key)
                .map_or(0, |v| key.chars().count() + v.chars().count());
            if self.used() - old + key.chars().count() + value.chars().count() > quota {
                return Err("QuotaExceededError".into());
            }
        }
        self.entries.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&mut self, key: &str) {
        self.entries.remove(key);
    }

    fn keys(&self) -> Vec<String> {
        self.entries.keys().cloned().collect()
    }
}
