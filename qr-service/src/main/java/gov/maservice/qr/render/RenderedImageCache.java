package gov.maservice.qr.render;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import gov.maservice.qr.config.QrProperties;

/**
 * A small least-recently-used cache of rendered images keyed by ETag. The ETag covers
 * everything that shapes the bytes, so an entry never goes stale; it only saves
 * re-encoding the codes that are fetched over and over (a hall's WeChat menu, an admin
 * page). Per instance by design: losing it costs one render.
 */
@Component
class RenderedImageCache {

	private final Map<String, byte[]> entries;

	RenderedImageCache(QrProperties properties) {
		int capacity = properties.render().cacheEntries();
		this.entries = new LinkedHashMap<>(Math.max(16, capacity / 4), 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
				return size() > capacity;
			}
		};
	}

	synchronized byte[] get(String etag) {
		return this.entries.get(etag);
	}

	synchronized void put(String etag, byte[] image) {
		this.entries.put(etag, image);
	}

}
